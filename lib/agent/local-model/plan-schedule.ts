/**
 * The steps for a task's details and for taking changes back: schedule changes,
 * filtered lists, reopen, restore and undo. Each sends only fields the offered tool
 * has (decision 003): before the tools have them, it says so and changes nothing.
 */
import { asRecord } from "@/lib/validation/record";
import { lastListedTasks, listedBy, type SeenToolCall } from "./conversation";
import { holdsWhen, rescheduled } from "./dates";
import { escapeMarkdown } from "@/lib/markdown/escape-markdown";
import { addDays, wallClock as wallClockOf } from "@/lib/time/zoned-time";
import { wordingFor } from "./wording";
import type { NewTask } from "./parse-add";
import type { DetailChanges, QueryFilter, ScheduleIntent } from "./parse-schedule";
import { resolveTargets, type Step } from "./plan";
import type { TaskRef } from "./references";
import { readDetails, type TaskDetails } from "./task-details";
import type { UnderstoodConversation } from "./understand";
import { isChangingTool } from "@/lib/tasks/tool-results";

const text = (value: string): Step => ({ kind: "text", text: value });

export const CANNOT_SCHEDULE =
  "I can't set dates, times, priorities, tags or repeats on tasks here yet. I can add, list, complete, update or delete tasks.";
const CANNOT_UNDO =
  "I can't undo that change: I don't know what the task said before. Tell me the old value and I'll set it back.";
const NOTHING_TO_UNDO = "There's nothing of ours in this conversation to undo yet.";
const NOTHING_TO_RESTORE =
  "I don't see a deleted task in this conversation. Which task number should I bring back?";
const ONLY_DATE =
  "That's only a date or a time. What's the task? For example \"call mom tomorrow at 5pm\".";

/** add_task's input: with rich fields, the title loses the details it held. */
export function addTaskInput(
  task: NewTask,
  fields: Set<string> | undefined,
  conversation: UnderstoodConversation,
): Record<string, unknown> {
  const input: Record<string, unknown> = { title: task.title };
  if (task.description) input.description = task.description;
  if (!fields?.has("due_date")) {
    if (task.dueAt && fields?.has("due_at")) input.due_at = task.dueAt;
    if (task.priority && fields?.has("priority")) input.priority = task.priority;
    return input;
  }
  const read = task.read ?? readDetails(task.title, conversation.clock);
  const { title, details } =
    task.whenLast && !readAtEnd(task.title, read.title) ? { title: task.title, details: {} } : read;
  input.title = task.remind ? withoutLeftOverTo(title) : title;
  for (const [key, value] of Object.entries(details) as [keyof TaskDetails, unknown][]) {
    if (fields.has(key)) input[key] = value;
  }
  // "remind me at 5 to call mom": a reminder at the due time, not only a due time.
  if (task.remind && details.due_time && fields.has("remind_before_minutes"))
    input.remind_before_minutes = 0;
  return input;
}

/** Whether the details read were the words at the title's end ("call dad friday"), not inside it
 * ("sunday lunch booking", "march tickets"). */
function readAtEnd(said: string, left: string): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  return words(said).startsWith(words(left));
}

/** "remind me in 2 minutes to stretch": the date was read out of "to stretch". */
function withoutLeftOverTo(title: string): string {
  const rest = title.replace(/^(?:to|about)\s+(?=\S)/i, "");
  return rest === title ? title : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** A fragment that is only a date or a time ("add tomorrow at 5pm") is asked about, never added. */
export function onlyDates(calls: { input: Record<string, unknown> }[]): Step | undefined {
  return calls.some((c) => !c.input.title) ? text(ONLY_DATE) : undefined;
}

export function planSchedule(intent: ScheduleIntent, conversation: UnderstoodConversation): Step {
  const fields = conversation.toolFields;
  const done = conversation.turnCalls;
  // This turn already changed the list: what it did is the answer.
  const changed = done.filter(isChange);
  const describeChanged = () =>
    text(wordingFor(conversation.language).describeChanges(changed, conversation.clock));
  switch (intent.kind) {
    case "query": {
      const listed = done.find((c) => c.toolName === "list_tasks");
      const input = queryInput(intent.filter, fields.get("list_tasks"));
      if (listed && Object.keys(input).length === 1) {
        // The tool cannot filter: the plain list, never a list called "due today".
        const { tasks, total } = listedBy(listed) ?? { tasks: [], total: 0 };
        const now = wallClockOf(conversation.clock.now, conversation.clock.timeZone);
        return text(
          wordingFor(conversation.language).describeList(
            tasks,
            total,
            intent.filter.status,
            false,
            now,
          ),
        );
      }
      if (listed) return text(describeQueryIn(conversation.language, intent.filter, listed));
      return {
        kind: "tools",
        calls: [
          { toolName: "list_tasks", input: queryInput(intent.filter, fields.get("list_tasks")) },
        ],
      };
    }
    case "undo": {
      if (changed.length > 0) return describeChanged();
      const calls = undoCalls(conversation);
      if (calls === "unknown") return text(CANNOT_UNDO);
      if (!calls) return text(NOTHING_TO_UNDO);
      if (calls.some((c) => !supports(fields, c.toolName, c.input))) return text(CANNOT_SCHEDULE);
      return { kind: "tools", calls };
    }
    case "restore": {
      if (changed.length > 0) return describeChanged();
      const ids = restoreTargets(intent, conversation);
      if (!ids.length) return text(NOTHING_TO_RESTORE);
      if (!fields.has("restore_task")) return text(CANNOT_SCHEDULE);
      return {
        kind: "tools",
        calls: ids.map((id) => ({ toolName: "restore_task", input: { task_id: id } })),
      };
    }
    case "reopen":
      return planChange(conversation, intent.ref, { completed: false });
    case "schedule":
      return planChange(
        conversation,
        intent.ref,
        intent.changes,
        intent.addTags,
        intent.when,
        intent.shift,
      );
  }
}

function planChange(
  conversation: UnderstoodConversation,
  ref: TaskRef | undefined,
  changes: DetailChanges,
  addTags?: string[],
  when?: string,
  shift?: number,
): Step {
  const done = conversation.turnCalls;
  const acted = done.filter(isChange);
  if (acted.length)
    return text(wordingFor(conversation.language).describeChanges(acted, conversation.clock));
  const wanted: DetailChanges = { ...changes };
  if (addTags) wanted.tags = addTags;
  if (!supports(conversation.toolFields, "update_task", wanted)) {
    return text("completed" in changes ? CANNOT_REOPEN : CANNOT_SCHEDULE);
  }
  const target = resolveTargets({ kind: "update", ref, title: "" }, conversation, true);
  if ("step" in target) return target.step;
  if (shift !== undefined) {
    // "postpone it by a day": from the task's own date (today's when it has none), so it is read first.
    const listed = target.tasks ?? lastListedTasks(done);
    if (!listed)
      return { kind: "tools", calls: [{ toolName: "list_tasks", input: { status: "all" } }] };
    const today = wallClockOf(conversation.clock.now, conversation.clock.timeZone).date;
    return {
      kind: "tools",
      calls: target.ids.map((id) => {
        const from = listed.find((t) => t.id === id)?.due_date ?? today;
        return { toolName: "update_task", input: { task_id: id, due_date: addDays(from, shift) } };
      }),
    };
  }
  return {
    kind: "tools",
    calls: target.ids.map((id) => {
      const input: Record<string, unknown> = { task_id: id, ...changes };
      if (addTags) input.tags = [...new Set([...knownTags(id, conversation), ...addTags])];
      // "Team meeting at 4pm" moved to 3pm: the title's own time is changed too, never left wrong.
      const title = (target.tasks ?? lastListedTasks(done))?.find((t) => t.id === id)?.title;
      if (when && title && holdsWhen(title, conversation.clock.now))
        input.title = rescheduled(title, when, conversation.clock.now);
      return { toolName: "update_task", input };
    }),
  };
}

const CANNOT_REOPEN =
  "I can't mark a task as not done here yet. I can add, list, complete, update or delete tasks.";

function supports(fields: Map<string, Set<string>>, tool: string, input: Record<string, unknown>) {
  const has = fields.get(tool);
  return !!has && Object.keys(input).every((key) => key === "task_id" || has.has(key));
}

const isChange = (c: SeenToolCall) =>
  isChangingTool(c.toolName) && typeof c.output?.status === "string";

// ── Lists ───────────────────────────────────────────────────────────────────────────

function queryInput(filter: QueryFilter, fields: Set<string> | undefined): Record<string, unknown> {
  const input: Record<string, unknown> = { status: filter.status };
  for (const key of ["due", "priority", "tag", "query", "sort"] as const) {
    if (filter[key] && fields?.has(key)) input[key] = filter[key];
  }
  return input;
}

/** "kal ke liye kuch hai?": a filtered list's answer in the person's language where it has the words. */
function describeQueryIn(
  language: UnderstoodConversation["language"],
  filter: QueryFilter,
  call: SeenToolCall,
): string {
  const own = wordingFor(language).describeQuery;
  if (!own) return describeQuery(filter, call);
  const { total } = shownRows(filter, call);
  const named = filter.day
    ? (listedBy(call)?.tasks ?? []).filter((t) => t.due_date === filter.day)
    : [];
  return own(filter, total, named);
}

/** The rows a filtered list shows, and how many there are in all (beyond a page's rows). */
function shownRows(filter: QueryFilter, call: SeenToolCall) {
  const all = (call.output?.tasks as Record<string, unknown>[] | undefined) ?? [];
  const rows = all.filter((t) => !filter.day || t.due_date === filter.day);
  const total = filter.day ? rows.length : Number(call.output?.total ?? rows.length);
  return { rows, total };
}

/**
 * The answer to a filtered list: how many, and by what. The card shows the tasks; only a
 * day the tool cannot filter by ("due tomorrow" reads the upcoming week) names them here.
 */
function describeQuery(filter: QueryFilter, call: SeenToolCall): string {
  const { rows, total } = shownRows(filter, call);
  const what = [
    filter.due === "overdue"
      ? "overdue"
      : filter.day
        ? "due tomorrow"
        : filter.due === "today"
          ? "due today"
          : filter.due === "upcoming"
            ? "coming up this week"
            : filter.due === "none"
              ? "without a due date"
              : "",
    filter.priority ? `${filter.priority} priority` : "",
    filter.tag ? `tagged #${filter.tag}` : "",
    filter.query ? `matching "${filter.query}"` : "",
  ].filter(Boolean);
  const label = what.length ? ` ${what.join(", ")}` : "";
  if (total === 0) return `Nothing${label}.`;
  const noun = total === 1 ? "task" : "tasks";
  const head = `${total} ${noun}${label}${filter.sort ? `, by ${filter.sort}` : ""}`;
  if (!filter.day) return `${head}.`;
  const names = rows.map((t) => {
    const at = typeof t.due_time === "string" ? ` at ${t.due_time}` : "";
    return `#${String(t.id)} ${escapeMarkdown(String(t.title))}${at}`;
  });
  return `${head}: ${names.join(", ")}.`;
}

// ── Undo and restore ────────────────────────────────────────────────────────────────

type Call = { toolName: string; input: Record<string, unknown> };

/** The inverse of the last turn that changed something, from the stored tool calls. */
function undoCalls(conversation: UnderstoodConversation): Call[] | "unknown" | undefined {
  const turns = conversation.earlier;
  for (let i = turns.length - 1; i >= 0; i--) {
    const changed = turns[i]!.calls.filter(isChange);
    if (!changed.length) continue;
    const before = turns.slice(0, i).flatMap((t) => t.calls);
    const inverse: Call[] = [];
    for (const call of [...changed].reverse()) {
      const earlierInTurn = turns[i]!.calls.slice(0, turns[i]!.calls.indexOf(call));
      const undo = inverseOf(call, [...before, ...earlierInTurn]);
      if (!undo) return "unknown";
      inverse.push(undo);
    }
    return inverse;
  }
  return undefined;
}

function inverseOf(call: SeenToolCall, before: SeenToolCall[]): Call | undefined {
  const id = Number(call.output?.task_id ?? call.input.task_id);
  if (!id) return undefined;
  switch (call.toolName) {
    case "add_task":
    case "restore_task":
      return { toolName: "delete_task", input: { task_id: id } };
    case "delete_task":
      return { toolName: "restore_task", input: { task_id: id } };
    case "complete_task":
      return { toolName: "update_task", input: { task_id: id, completed: false } };
    case "update_task": {
      if (call.input.completed === false && Object.keys(call.input).length === 2) {
        return { toolName: "complete_task", input: { task_id: id } };
      }
      // The result says what the fields were before: those values, as they are.
      // (A reminder is an instant there, and the tool takes a local time: that one is left out.)
      const previous = { ...asRecord(call.output?.previous) };
      delete previous.remind_at;
      if (Object.keys(previous).length > 0) {
        return { toolName: "update_task", input: { task_id: id, ...previous } };
      }
      const known = knownFields(id, before);
      const input: Record<string, unknown> = { task_id: id };
      for (const key of Object.keys(call.input)) {
        if (key === "task_id") continue;
        if (key === "completed") continue;
        if (key in known) input[key] = known[key];
        else if (key === "title") return undefined;
        else input[key] = key === "priority" ? "none" : null;
      }
      return { toolName: "update_task", input };
    }
  }
  return undefined;
}

const FIELD_KEYS = [
  "title",
  "description",
  "due_date",
  "due_time",
  "priority",
  "tags",
  "recurrence",
  "remind_at",
];

/** What the conversation last showed of a task's fields: lists, adds and updates. */
function knownFields(id: number, calls: SeenToolCall[]): Record<string, unknown> {
  const known: Record<string, unknown> = {};
  const take = (row: Record<string, unknown>) => {
    for (const key of FIELD_KEYS) if (key in row) known[key] = row[key];
  };
  for (const call of calls) {
    if (call.toolName === "list_tasks") {
      const rows = (call.output?.tasks as Record<string, unknown>[] | undefined) ?? [];
      const row = rows.find((r) => r.id === id);
      if (row) take(row);
      else if (listedBy(call)?.tasks.some((t) => t.id === id)) take({});
    } else if (
      Number(call.output?.task_id ?? call.input.task_id) === id &&
      typeof call.output?.status === "string"
    ) {
      if (call.toolName === "add_task" || call.toolName === "update_task") {
        take(call.input);
        take(call.output ?? {});
      }
    }
  }
  return known;
}

function knownTags(id: number, conversation: UnderstoodConversation): string[] {
  const calls = [...conversation.earlier.flatMap((t) => t.calls), ...conversation.turnCalls];
  const tags = knownFields(id, calls).tags;
  return Array.isArray(tags) ? tags.map(String) : [];
}

function restoreTargets(
  intent: Extract<ScheduleIntent, { kind: "restore" }>,
  conversation: UnderstoodConversation,
): number[] {
  const deleted = conversation.earlier
    .flatMap((t) => t.calls)
    .filter((c) => c.toolName === "delete_task" && typeof c.output?.status === "string");
  const ref = intent.ref;
  if (ref?.kind === "numbers") return ref.numbers;
  if (ref?.kind === "words") {
    const words = ref.words
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length > 2);
    const hit = [...deleted].reverse().find((c) =>
      words.some((w) =>
        String(c.output?.title ?? "")
          .toLowerCase()
          .includes(w),
      ),
    );
    return hit ? [Number(hit.output?.task_id)] : [];
  }
  // "bring it back": everything the last deleting turn deleted.
  for (let i = conversation.earlier.length - 1; i >= 0; i--) {
    const ids = conversation.earlier[i]!.calls.filter(
      (c) => c.toolName === "delete_task" && typeof c.output?.status === "string",
    ).map((c) => Number(c.output?.task_id));
    if (ids.length) return ids;
  }
  return [];
}
