import {
  lastListedTasks,
  listedBy,
  type ConversationView,
  changes,
  type ListedTask,
  type SeenToolCall,
} from "./conversation";
import {
  choicesFor,
  continueEarlier,
  lastMentioned,
  addedInARow,
  addedTogether,
  lastShownList,
  nextAfterChange,
  otherTasks,
  narrow,
  needsConfirmation,
  openWithTitle,
  sameTitleChoices,
  tasksNamed,
} from "./context";
import { wallClock as wallClockOf } from "@/lib/time/zoned-time";
import type { Clock } from "./clock";
import { rescheduled } from "./dates";
import { readUrduWhen } from "./dates-ur";
import { matchTasks } from "./match";
import { addTaskInput, onlyDates, planSchedule } from "./plan-schedule";
import { planCorrection } from "./plan-correction";
import { readWhen } from "./task-details";
import { OTHER_LANGUAGE, wordingFor, type Wording } from "./wording";
import type { NewTask } from "./parse-add";
import {
  understandConversation,
  type ActionIntent,
  type Intent,
  type UnderstoodConversation,
} from "./understand";

export interface PlannedCall {
  toolName: string;
  input: Record<string, unknown>;
}

/** One step of the local model: call tools, or answer in words (which ends the turn). */
export type Step = { kind: "tools"; calls: PlannedCall[] } | { kind: "text"; text: string };

const text = (value: string): Step => ({ kind: "text", text: value });
const call = (toolName: string, input: Record<string, unknown>): Step => ({
  kind: "tools",
  calls: [{ toolName, input }],
});

/**
 * Decides the next step from the conversation so far. Called once per step of the
 * agent loop; everything it needs is in the prompt (history and this turn's tool
 * results), so it holds no state between calls or requests.
 */
export function planNextStep(view: ConversationView): Step {
  const conversation = understandConversation(view);
  const intent = continueEarlier(conversation.current, conversation.earlier);
  return planIntent(intent, conversation);
}

/**
 * The calls of this turn that belong to one part of a message: its own tools, its own
 * titles (as sent: "pay rent on friday" is sent as "Pay rent", due Friday).
 */
function callsOf(
  part: Intent,
  calls: SeenToolCall[],
  conversation: UnderstoodConversation,
): SeenToolCall[] {
  const tasks =
    part.kind === "add"
      ? part.tasks
      : (part.kind === "complete" || part.kind === "delete") && part.orAdd
        ? [part.orAdd]
        : [];
  const fields = conversation.toolFields.get("add_task");
  const titles = tasks.flatMap((t) => [
    t.title,
    String(addTaskInput(t, fields, conversation).title),
  ]);
  // A look at the list after changes shows the list as they left it.
  if (part.kind === "list" || part.kind === "query") {
    const lastChange = calls.findLastIndex((c) => c.toolName !== "list_tasks");
    return calls.slice(lastChange + 1).filter((c) => c.toolName === "list_tasks");
  }
  const tools =
    part.kind === "add"
      ? part.again
        ? ["list_tasks", "update_task"]
        : []
      : ["list_tasks", TOOL_FOR[part.kind as keyof typeof TOOL_FOR]];
  return calls.filter(
    (c) =>
      tools.includes(c.toolName) ||
      (c.toolName === "add_task" && titles.includes(String(c.input.title))),
  );
}

/** "add milk and mark the report done": each part in turn, then one answer for all. */
function planSeveral(parts: Intent[], conversation: UnderstoodConversation): Step {
  const said: string[] = [];
  for (const part of parts) {
    const turnCalls = callsOf(part, conversation.turnCalls, conversation);
    const step = planIntent(part, { ...conversation, turnCalls });
    if (step.kind === "tools") return step;
    said.push(step.text);
  }
  return text(said.join("\n"));
}

const PLAIN_ADD = new Set(["title", "description"]);

function planIntent(intent: Intent, conversation: UnderstoodConversation): Step {
  const done = conversation.turnCalls;
  const say = wordingFor(conversation.language);
  // The turn's place in the conversation picks the wording, so no canned sentence repeats.
  const turn = conversation.earlier.length;
  switch (intent.kind) {
    case "greet":
      return text(say.greeting(turn));
    case "thanks":
      return text(say.thanks(turn));
    case "bye":
      return text(say.bye);
    case "ack":
    case "confirm":
      return text(say.acknowledge(turn));
    case "help":
      return text(say.help);
    case "cancel":
      return text(say.cancelled);
    case "reopen":
      if (!("ref" in intent)) return text(say.cannotReopen);
      return planSchedule(intent, conversation);
    case "schedule":
    case "query":
    case "restore":
    case "undo":
      return planSchedule(intent, conversation);
    case "others":
      return text(say.othersRefused(turn));
    case "foreign":
      return text(OTHER_LANGUAGE);
    case "select":
      return text(say.notUnderstood(turn));
    case "chat":
      return text(say.chat(intent.about, turn));
    case "unknown": {
      if (intent.offer) return text(say.offer(intent.offer.errand, intent.offer.task.title, turn));
      if (!intent.vague) return text(say.notUnderstood(turn, intent.topic));
      const listed = lastListedTasks(done);
      if (!listed) return call("list_tasks", { status: "all" });
      const choices = choicesFor(intent.vague, listed);
      if (choices.length) return text(say.askChoice(choices));
      // "milk" with no open task of that name: a new task.
      if (intent.vague.thing) {
        const added = done.filter((c) => c.toolName === "add_task");
        const { title, note } = intent.vague;
        const add: Intent = {
          kind: "add",
          tasks: [{ title, ...(note && { description: note }) }],
        };
        return planIntent(add, { ...conversation, turnCalls: added });
      }
      return text(say.notUnderstood(turn));
    }
    case "add": {
      if (intent.tasks.length === 0) return text(say.askTitle);
      const again = intent.again ? sameTaskAgain(intent.tasks, conversation) : undefined;
      if (again) return again;
      // The look at the list made for `again` is no part of the answer.
      const added = intent.again ? done.filter((c) => c.toolName !== "list_tasks") : done;
      if (added.length === 0) {
        const calls = intent.tasks.map((task) => ({
          toolName: "add_task",
          input: addTaskInput(task, conversation.toolFields.get("add_task"), conversation),
        }));
        return onlyDates(calls) ?? { kind: "tools", calls };
      }
      // Plain adds keep the grouped wording; a date, time, priority or tag is spelt out.
      return text(
        changes(added).some((c) => Object.keys(c.input).some((k) => !PLAIN_ADD.has(k)))
          ? say.describeChanges(changes(added), conversation.clock)
          : say.describeResults(added),
      );
    }
    case "list": {
      const listed = done.find((c) => c.toolName === "list_tasks");
      if (!listed) return call("list_tasks", { status: intent.status });
      const { tasks, total } = listedBy(listed) ?? { tasks: [], total: 0 };
      const now = wallClockOf(conversation.clock.now, conversation.clock.timeZone);
      return text(say.describeList(tasks, total, intent.status, intent.countOnly, now));
    }
    case "ask":
      return answerAbout(intent, conversation);
    case "multi":
      return planSeveral(intent.parts, conversation);
    case "complete":
    case "delete":
    case "update":
      return planTaskAction(intent, conversation);
    case "correct":
      return planCorrection(
        intent,
        conversation,
        (action, now) =>
          action.kind === "schedule" ? planSchedule(action, now) : planTaskAction(action, now),
        () => planIntent(intent.otherwise, conversation),
      );
  }
}

/**
 * Details a task said again may bring: "urgent: X", "X by friday", "X at 5", and a note ("pay
 * the salon rates — bring the receipt" while "Pay the salon rates" is open).
 */
const AGAIN_DETAILS = ["due_date", "due_time", "priority", "description"];

/**
 * "urgent: chase the refund", "book the DJ - by friday": a task said again with a detail.
 * Where one open task has that very title, the detail is set on it rather than a duplicate
 * added; the list is looked at first. Said again with no detail ("fix the gate" while "Fix the
 * gate" is open), it asks whether the task is done or wanted twice. Undefined: add it as a new
 * task.
 */
function sameTaskAgain(tasks: NewTask[], conversation: UnderstoodConversation): Step | undefined {
  const done = conversation.turnCalls;
  if (tasks.length !== 1 || done.some((c) => c.toolName === "add_task")) return undefined;
  const input = addTaskInput(tasks[0]!, conversation.toolFields.get("add_task"), conversation);
  const keys = Object.keys(input).filter((k) => k !== "title");
  if (!keys.every((k) => AGAIN_DETAILS.includes(k)) || typeof input.title !== "string")
    return undefined;
  const listed = lastListedTasks(done);
  if (!listed) return call("list_tasks", { status: "all" });
  const same = openWithTitle(input.title, listed);
  if (same.length !== 1) return undefined;
  if (keys.length === 0) {
    const say = wordingFor(conversation.language);
    return text(say.askChoice(sameTitleChoices(input.title, listed)));
  }
  const changes = Object.fromEntries(keys.map((k) => [k, input[k]]));
  return planSchedule(
    { kind: "schedule", ref: { kind: "numbers", numbers: [same[0]!.id] }, changes },
    conversation,
  );
}

/** "did I tick off milk?": the answer from the list (its card shows the list); nothing changes. */
function answerAbout(
  intent: Extract<Intent, { kind: "ask" }>,
  conversation: UnderstoodConversation,
): Step {
  const say = wordingFor(conversation.language);
  const listCall = conversation.turnCalls.find((c) => c.toolName === "list_tasks");
  if (!listCall) return call("list_tasks", { status: "all" });
  const listed = (listCall.output?.tasks as ListedTask[] | undefined) ?? [];
  const ref = intent.ref;
  const found =
    ref.kind === "numbers"
      ? listed.filter((t) => ref.numbers.includes(t.id))
      : ref.kind === "pronoun"
        ? listed.filter((t) => lastMentioned(conversation).includes(t.id))
        : ref.kind === "position"
          ? atPosition(lastShownList(conversation) ?? listed, ref.position)
          : ref.kind === "words"
            ? tasksNamed(ref, listed)
            : [];
  const words =
    ref.kind === "words"
      ? ref.words
      : ref.kind === "position"
        ? `#${found.map((t) => t.id).join(", #")}`
        : ref.kind === "numbers"
          ? `#${ref.numbers.join(", #")}`
          : "that";
  // The list's card shows the list: the answer is only the answer.
  return text(say.aboutTasks(found, words, intent.about));
}

/** The task at a place in a list shown ("the second one"), as the list has it now. */
function atPosition(shown: ListedTask[], position: number | "last"): ListedTask[] {
  const task = shown[position === "last" ? shown.length - 1 : position - 1];
  return task ? [task] : [];
}

/** The add_task input; due date and priority only where the tool has fields for them. */
function addInput(task: NewTask, fields: Set<string> | undefined): Record<string, unknown> {
  const input: Record<string, unknown> = { title: task.title };
  if (task.description) input.description = task.description;
  if (task.dueAt && fields?.has("due_at")) input.due_at = task.dueAt;
  if (task.priority && fields?.has("priority")) input.priority = task.priority;
  return input;
}

const TOOL_FOR = {
  complete: "complete_task",
  delete: "delete_task",
  update: "update_task",
} as const;

function planTaskAction(intent: ActionIntent, conversation: UnderstoodConversation): Step {
  const say: Wording = wordingFor(conversation.language);
  const toolName = TOOL_FOR[intent.kind];
  const acted = conversation.turnCalls.filter((c) => c.toolName === toolName);
  if (acted.length) return text(say.describeResults(acted));
  const added = conversation.turnCalls.filter((c) => c.toolName === "add_task");
  if ((intent.kind === "complete" || intent.kind === "delete") && intent.orAdd && added.length)
    return text(say.describeResults(added));

  const target = resolveTargets(intent, conversation);
  if ("step" in target) return target.step;
  if (intent.kind === "update" && intent.when && intent.whenFields) {
    // With date fields, the date is the task's; a time in its title is rewritten there too.
    const fields = conversation.toolFields.get("update_task");
    if (Object.keys(intent.whenFields).every((key) => fields?.has(key)))
      return planSchedule(
        { kind: "schedule", ref: intent.ref, changes: intent.whenFields, when: intent.when },
        conversation,
      );
  }
  if (intent.kind === "update" && intent.when) {
    // The new date goes into the task's own title, so the title must be known first.
    const listed = target.tasks ?? lastListedTasks(conversation.turnCalls);
    if (!listed) return call("list_tasks", { status: "all" });
    const task = listed.find((t) => t.id === target.ids[0]);
    if (!task) return text(say.noSuchTask(target.ids[0]!));
    return call(toolName, { task_id: task.id, title: rescheduled(task.title, intent.when) });
  }
  if (intent.kind === "update" && intent.title === undefined && intent.description === undefined) {
    return text(say.askNewValue(target.ids[0]!, intent.field ?? "title", target.tasks));
  }
  return {
    kind: "tools",
    calls: target.ids.map((id) => ({ toolName, input: actionInput(intent, id) })),
  };
}

function actionInput(intent: ActionIntent, taskId: number): Record<string, unknown> {
  const input: Record<string, unknown> = { task_id: taskId };
  if (intent.kind === "update") {
    if (intent.title !== undefined) input.title = intent.title;
    if (intent.description !== undefined) input.description = intent.description;
  }
  return input;
}

type Targets = { ids: number[]; tasks?: ListedTask[] } | { step: Step };

export function resolveTargets(
  intent: ActionIntent,
  conversation: UnderstoodConversation,
  /** A date, priority or tag can be set on several tasks at once ("move the other two to saturday"). */
  several = false,
): Targets {
  const say = wordingFor(conversation.language);
  const turnCalls = conversation.turnCalls;
  const ref = intent.ref;
  const verb = say.verb[intent.kind];
  if (!ref) return { step: text(say.askWhich(verb)) };
  // Updates change one task at a time; several numbers are a question, not a batch.
  const single = intent.kind === "update" && !several;
  switch (ref.kind) {
    case "numbers":
      if (single && ref.numbers.length > 1) return { step: text(say.oneAtATime) };
      return { ids: ref.numbers };
    case "pronoun": {
      const mentioned = lastMentioned(conversation);
      // "add X", "add Y", "both of them are urgent": the tasks added turn after turn.
      const ids =
        ref.plural && mentioned.length === 1 ? addedInARow(conversation, mentioned) : mentioned;
      if (ids.length === 0) return { step: text(say.noPronounTarget) };
      if (ids.length > 1 && (!ref.plural || single)) {
        return { step: text(say.askWhichOfIds(ids)) };
      }
      return { ids: ref.plural ? ids : [ids[0]!] };
    }
    case "others": {
      const others = otherTasks(conversation, intent.kind);
      if (others.length === 0) return { step: text(say.noPronounTarget) };
      if (ref.count !== undefined && others.length !== ref.count)
        return { step: text(say.askWhichOfIds(others.map((t) => t.id))) };
      if (single && others.length > 1) return { step: text(say.oneAtATime) };
      return { ids: others.map((t) => t.id), tasks: others };
    }
    case "next": {
      const next = nextAfterChange(conversation);
      return next ? { ids: [next.id] } : { step: text(say.noPronounTarget) };
    }
    case "position": {
      const together = addedTogether(conversation);
      if (together) {
        const at = ref.position === "last" ? -1 : ref.position;
        const id = together.at(at > 0 ? at - 1 : at);
        if (id !== undefined) return { ids: [id] };
      }
      const listed = lastShownList(conversation) ?? lastListedTasks(turnCalls);
      if (!listed) return { step: call("list_tasks", { status: "all" }) };
      const index =
        ref.position === "last"
          ? listed.length - 1
          : ref.position < 0
            ? listed.length + ref.position
            : ref.position - 1;
      const task = listed[index];
      return task
        ? { ids: [task.id], tasks: listed }
        : {
            step: text(
              say.describeNoPosition(
                ref.position === "last" ? "last" : Math.abs(ref.position),
                listed,
              ),
            ),
          };
    }
    case "positions": {
      if (single) return { step: text(say.oneAtATime) };
      const together = addedTogether(conversation);
      const ids = together && ref.positions.map((p) => together.at(p > 0 ? p - 1 : p));
      if (ids?.every((id) => id !== undefined)) return { ids: [...new Set(ids)] };
      const listed = lastShownList(conversation) ?? lastListedTasks(turnCalls);
      if (!listed) return { step: call("list_tasks", { status: "all" }) };
      const picked = ref.positions.map((p) => listed[p > 0 ? p - 1 : listed.length + p]);
      const missing = ref.positions.find((_, i) => !picked[i]);
      if (missing !== undefined)
        return { step: text(say.describeNoPosition(missing < 0 ? "last" : missing, listed)) };
      return { ids: [...new Set(picked.map((t) => t!.id))], tasks: listed };
    }
    case "all": {
      if (single) return { step: text(say.oneAtATime) };
      const listed = listedThisTurn(turnCalls, ref.status);
      if (!listed) return { step: call("list_tasks", { status: ref.status }) };
      const left = ref.except ? matchTasks(ref.except, listed).map((t) => t.id) : [];
      if (ref.except && left.length === 0)
        return { step: text(say.describeNoMatch(ref.except, listed)) };
      const day = ref.due ? dueDay(ref.due, conversation.clock) : undefined;
      const kept = listed.filter((t) => !left.includes(t.id) && (!ref.due || t.due_date === day));
      const targets = intent.kind === "complete" ? kept.filter((t) => !t.completed) : kept;
      if (targets.length === 0)
        return {
          step: text(
            ref.due ? say.nothingDueOn(ref.due) : say.nothingToDo(intent.kind, ref.status),
          ),
        };
      if (needsConfirmation(intent)) return { step: text(say.confirmDeleteAll(targets, !ref.due)) };
      return { ids: targets.map((t) => t.id) };
    }
    case "words": {
      // A search this turn made after a failed lookup is not the list to pick from.
      const listed = lastListedTasks(turnCalls.filter((c) => !isSearch(c)));
      if (!listed) return { step: call("list_tasks", { status: "all" }) };
      const named = tasksNamed(ref, listed);
      if (ref.plural && named.length > 1) {
        if (single) return { step: text(say.oneAtATime) };
        const targets = intent.kind === "complete" ? named.filter((t) => !t.completed) : named;
        if (targets.length) return { ids: targets.map((t) => t.id), tasks: listed };
      }
      const matches = narrow(intent.kind, named);
      // "… and finish the report" with no such task: the report is a new task.
      // "bin bags" with no task about bags: bin bags are a new task.
      if (
        matches.length === 0 &&
        (intent.kind === "complete" || intent.kind === "delete") &&
        intent.orAdd
      )
        return {
          step: call("add_task", addInput(intent.orAdd, conversation.toolFields.get("add_task"))),
        };
      if (matches.length === 0) return { step: noMatch(ref.words, listed, conversation) };
      if (matches.length > 1)
        return { step: text(say.describeAmbiguous(ref.words, matches, verb)) };
      return { ids: [matches[0]!.id], tasks: listed };
    }
  }
}

const isSearch = (c: SeenToolCall) =>
  c.toolName === "list_tasks" && typeof c.input.query === "string";

/**
 * Nothing in the list matches the words: where the tool can search (typos tolerated), the
 * words are searched first, so the answer's card is that search, not the whole list again;
 * then the answer says so, offering what the search found. Nothing changes either way.
 */
function noMatch(words: string, listed: ListedTask[], conversation: UnderstoodConversation): Step {
  const searched = conversation.turnCalls.find(isSearch);
  const canSearch = conversation.toolFields.get("list_tasks")?.has("query");
  if (!searched && canSearch && listed.length > 0) {
    return call("list_tasks", { status: "all", query: words });
  }
  const found = searched ? (listedBy(searched)?.tasks ?? []) : [];
  return text(wordingFor(conversation.language).describeNoMatch(words, listed, found));
}

/** The day of "everything for tomorrow" or "kal wale saare kaam", as a due date. */
function dueDay(when: string, clock: Clock): string | undefined {
  return readWhen(when, clock).date ?? readUrduWhen(when, clock).date;
}

function listedThisTurn(turnCalls: SeenToolCall[], status: string): ListedTask[] | undefined {
  const listCall = turnCalls.find(
    (c) => c.toolName === "list_tasks" && (c.input.status ?? "all") === status,
  );
  return listCall ? (listedBy(listCall)?.tasks ?? []) : undefined;
}
