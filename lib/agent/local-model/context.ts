import { isChangingTool } from "@/lib/tasks/tool-results";
import { changes, lastListedTasks, type ListedTask, type SeenToolCall } from "./conversation";
import { keywords, matchTasks, tasksOfGroup, titlesWithin } from "./match";
import { withoutLead } from "./parse-correction";
import { takesOffer } from "./parse-talk";
import { bareRef, type TaskRef } from "./references";
import type { Choice } from "./replies-chat";
import type {
  ActionIntent,
  Intent,
  Reading,
  UnderstoodConversation,
  UnderstoodTurn,
  Vague,
} from "./understand";

/**
 * What earlier turns mean for this one, worked out from their intents (understood
 * from the stored conversation each time): the list the person last saw, the task
 * "it" points at, and a question we asked ("which one?", "what should I add?") that
 * this message may answer. Nothing here reads a message's words.
 */

/** The intent of an earlier turn, with its own follow-up resolved (a few turns deep at most). */
export function intentOfTurn(turns: UnderstoodTurn[], index: number, depth = 0): Intent {
  const reading = turns[index]!.reading;
  if (depth >= 3 || index === 0) return reading.intent;
  return continueEarlier(reading, turns.slice(0, index), depth + 1);
}

/** Turns that only talk ("thanks", "ok", "lol"): they leave the change before them the last. */
const TALK_TURN = new Set<Intent["kind"]>(["thanks", "ack", "confirm", "greet", "chat"]);

/**
 * The turn of the last change, when only talk came after it ("done with the website" →
 * "thanks" → "wait, wrong one, it was the kit"): what a correction takes back.
 */
export function lastChangeTurn(turns: UnderstoodTurn[], depth = 0): number | undefined {
  for (let i = turns.length - 1; i >= 0; i--) {
    if (changes(turns[i]!.calls).length > 0) return i;
    if (!TALK_TURN.has(intentOfTurn(turns, i, depth).kind)) return undefined;
  }
  return undefined;
}

/** Tasks shown to the person in a turn: a list they asked for, or the candidates of "which one?". */
export function shownTasks(turns: UnderstoodTurn[], index: number): ListedTask[] | undefined {
  const turn = turns[index]!;
  const intent = intentOfTurn(turns, index);
  // A list asked for, filtered or searched ("what's due today?", "search for milk").
  if (intent.kind === "list" || intent.kind === "query") return lastListedTasks(turn.calls);
  if (isAction(intent) && changes(turn.calls).length === 0) {
    const candidates = ambiguousCandidates(intent, turn.calls);
    if (candidates.length > 1) return candidates;
  }
  return undefined;
}

/** The most recent list the person saw, newest turn first. */
export function lastShownList(conversation: UnderstoodConversation): ListedTask[] | undefined {
  for (let i = conversation.earlier.length - 1; i >= 0; i--) {
    const shown = shownTasks(conversation.earlier, i);
    if (shown) return shown;
  }
  return undefined;
}

/** Tasks a pronoun can mean: those of the latest turn that changed or showed tasks. */
export function lastMentioned(conversation: UnderstoodConversation): number[] {
  const turns = conversation.earlier;
  for (let i = turns.length - 1; i >= 0; i--) {
    // A restore counts too: "bring it back" → "ok mark it done".
    const changed = turns[i]!.calls.filter(
      (c) =>
        isChangingTool(c.toolName) &&
        typeof c.output?.status === "string" &&
        c.output.status !== "deleted",
    );
    if (changed.length) return [...new Set(changed.map((c) => Number(c.output!.task_id)))];
    const shown = shownTasks(turns, i);
    if (shown?.length) return shown.map((t) => t.id);
    const askedAbout = tasksAskedAbout(turns, i);
    if (askedAbout.length) return askedAbout;
    if (changes(turns[i]!.calls).length || lookedUpInVain(turns, i)) return [];
  }
  return [];
}

/**
 * "tick off the giraffe one" found nothing: the "it" of the next message means that missing
 * task, never one an earlier turn changed.
 */
function lookedUpInVain(turns: UnderstoodTurn[], index: number): boolean {
  const intent = intentOfTurn(turns, index);
  return isAction(intent) && intent.ref?.kind === "words" && !changes(turns[index]!.calls).length;
}

/**
 * "add X and Y" → "put the first one on friday": the tasks one turn added, in order, when that
 * turn came after the last list shown; what a place ("the first one", "the last two") counts in.
 */
export function addedTogether(conversation: UnderstoodConversation): number[] | undefined {
  const turns = conversation.earlier;
  for (let i = turns.length - 1; i >= 0; i--) {
    if (shownTasks(turns, i)) return undefined;
    const added = turns[i]!.calls.filter(
      (c) => c.toolName === "add_task" && typeof c.output?.task_id === "number",
    );
    if (added.length > 1) return added.map((c) => Number(c.output!.task_id));
    if (added.length === 1) return undefined;
  }
  return undefined;
}

/**
 * The tasks added by the turns just before, one add after another ("add X", "add Y"): what
 * "both of them" points at when the last turn added only one. Stops at a turn that did
 * anything else.
 */
export function addedInARow(conversation: UnderstoodConversation, last: number[]): number[] {
  const turns = conversation.earlier;
  const added: number[] = [];
  for (let i = turns.length - 1; i >= 0; i--) {
    const changed = turns[i]!.calls.filter((c) => isChangingTool(c.toolName));
    if (!changed.length || changed.some((c) => c.toolName !== "add_task")) break;
    added.unshift(...changed.map((c) => Number(c.output?.task_id)).filter(Number.isFinite));
  }
  return added.length > 1 && added.includes(last[0]!) ? added : last;
}

/** The last list shown before a turn. */
function shownBefore(turns: UnderstoodTurn[], index: number): ListedTask[] | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const shown = shownTasks(turns, i);
    if (shown) return shown;
  }
  return undefined;
}

/**
 * "first one's done" → "and the one after that": the task after the last one changed, in the
 * list shown before that change (deleted or not, it keeps its place there). Undefined when no
 * change came after a list, or the changed task was the last one.
 */
export function nextAfterChange(conversation: UnderstoodConversation): ListedTask | undefined {
  const turns = conversation.earlier;
  let last = turns.length - 1;
  while (last >= 0 && changes(turns[last]!.calls).length === 0) last--;
  if (last < 0) return undefined;
  const shown = shownBefore(turns, last + 1) ?? shownBefore(turns, last);
  if (!shown) return undefined;
  const changed = new Set(changes(turns[last]!.calls).map((c) => Number(c.output!.task_id)));
  const at = shown.reduce((end, task, i) => (changed.has(task.id) ? i : end), -1);
  return at >= 0 ? shown[at + 1] : undefined;
}

/** "did I call the bank yet?" → "just did it": the tasks a question was answered about. */
function tasksAskedAbout(turns: UnderstoodTurn[], index: number): number[] {
  const intent = intentOfTurn(turns, index);
  if (intent.kind !== "ask") return [];
  const listed = lastListedTasks(turns[index]!.calls) ?? [];
  const ref = intent.ref;
  if (ref.kind === "numbers")
    return listed.filter((t) => ref.numbers.includes(t.id)).map((t) => t.id);
  if (ref.kind === "position") {
    const shown = shownBefore(turns, index) ?? listed;
    const task = shown[ref.position === "last" ? shown.length - 1 : ref.position - 1];
    return task ? [task.id] : [];
  }
  return ref.kind === "words" ? tasksNamed(ref, listed).map((t) => t.id) : [];
}

/**
 * "the other one", "and the other two too": the tasks the last change could also have meant,
 * less those it changed. The candidates of a "which one?" it answered, else the tasks sharing
 * a word with what it named, else the tasks added with it, else the list it saw; only open
 * ones for a completion.
 */
export function otherTasks(
  conversation: UnderstoodConversation,
  action: Intent["kind"],
): ListedTask[] {
  const earlier = conversation.earlier;
  let last = earlier.length - 1;
  while (last >= 0 && changes(earlier[last]!.calls).length === 0) last--;
  if (last < 0) return [];
  const changedIds = new Set(changes(earlier[last]!.calls).map((c) => Number(c.output!.task_id)));
  const acted = intentOfTurn(earlier, last);
  const asked = last > 0 ? shownTasks(earlier, last - 1) : undefined;
  const before = { ...conversation, earlier: earlier.slice(0, last + 1) };
  const listed = lastListedTasks(earlier[last]!.calls) ?? lastShownList(before) ?? [];
  const ref = "ref" in acted ? acted.ref : undefined;
  const named = ref?.kind === "words" ? closestSharing(ref.words, listed, changedIds) : [];
  // "add water the roses, trim the hedge, buy compost" → "trimmed the hedge" → "the other two".
  const addedTogether = last > 0 ? changes(earlier[last - 1]!.calls) : [];
  const togetherIds = new Set(addedTogether.map((c) => Number(c.output!.task_id)));
  const together =
    togetherIds.size > 1 && [...changedIds].some((id) => togetherIds.has(id))
      ? listed.filter((t) => togetherIds.has(t.id))
      : undefined;
  const candidates = [asked, named.length > 1 ? named : undefined, together, listed].find(
    (tasks) => tasks && tasks.some((t) => !changedIds.has(t.id)),
  );
  const others = (candidates ?? []).filter((t) => !changedIds.has(t.id));
  return action === "complete" ? others.filter((t) => !t.completed) : others;
}

/**
 * The tasks sharing a word with what the last change named: those it changed, and of the rest
 * the ones sharing the most words ("blue key blanks ordered" → "no, the other one" is "Order red
 * key blanks", which shares "key blanks", not "Cut keys for Mrs Patel", which shares "key").
 */
function closestSharing(
  words: string,
  listed: ListedTask[],
  changedIds: Set<number>,
): ListedTask[] {
  const shared = new Map<number, number>();
  for (const word of keywords(words))
    for (const task of matchTasks(word, listed))
      shared.set(task.id, (shared.get(task.id) ?? 0) + 1);
  const most = Math.max(0, ...[...shared].filter(([id]) => !changedIds.has(id)).map(([, n]) => n));
  return listed.filter((t) =>
    changedIds.has(t.id) ? shared.has(t.id) : most > 0 && shared.get(t.id) === most,
  );
}

/** The candidates that made a words reference ambiguous in a turn (its list_tasks result). */
export function ambiguousCandidates(intent: PointingIntent, calls: SeenToolCall[]): ListedTask[] {
  if (intent.ref?.kind !== "words") return [];
  const listed = lastListedTasks(calls);
  if (!listed || intent.ref.plural) return [];
  return narrow(
    intent.kind === "schedule" ? "update" : intent.kind,
    tasksNamed(intent.ref, listed),
  );
}

/**
 * The tasks a words reference names, best match only: the words as said, else their
 * object alone ("get milk", else "milk"). Several are the answer only for "both …".
 */
export function tasksNamed(
  ref: Extract<TaskRef, { kind: "words" }>,
  tasks: ListedTask[],
): ListedTask[] {
  if (ref.group) return tasksOfGroup(ref.group, tasks);
  if (ref.ownVerb) {
    const verb = ref.ownVerb;
    const own = tasks.filter((task) => keywords(task.title)[0] === verb);
    return own.length ? tasksNamed({ ...ref, ownVerb: undefined }, own) : [];
  }
  // "both the flour and the gas bill": each part names its own task before all words one.
  const each = ref.plural ? eachNamed(ref.object ?? ref.words, tasks) : [];
  if (each.length > 1) return each;
  const found = matchTasks(ref.words, tasks);
  if (found.length) return found;
  const byObject = ref.object ? matchTasks(ref.object, tasks) : [];
  if (byObject.length) return byObject;
  const within = titlesWithin(ref.words, tasks);
  if (within.length) return within;
  // "got the flour from metro today": where and when it was done are not the task's words.
  const head = ref.object?.split(CIRCUMSTANCE)[0];
  const byHead = head && head !== ref.object ? matchTasks(head, tasks) : [];
  return byHead.length || !ref.plural ? byHead : eachNamed(ref.object ?? ref.words, tasks);
}

/** Where a deed's object ends and its circumstances start: "flour | from metro today". */
const CIRCUMSTANCE =
  /\s+(?:from|at|in|on|with|for|to|by|near|after|before|this|last|yesterday|today|tonight)\b/;

const AND = /\s*(?:,|&|\+|\band\b|\bn\b)\s*/u;

/** "got the eggs n bread": each part names one task, or none of them counts. */
function eachNamed(words: string, tasks: ListedTask[]): ListedTask[] {
  const parts = words.split(AND).filter(Boolean);
  if (parts.length < 2) return [];
  const named = parts.map((part) => matchTasks(part, tasks));
  if (named.some((found) => found.length !== 1)) return [];
  return [...new Set(named.map((found) => found[0]!))];
}

/** "Complete the meeting task" most likely means a meeting task not done yet. */
export function narrow(action: ActionIntent["kind"], matches: ListedTask[]): ListedTask[] {
  if (action !== "complete" || matches.length < 2) return matches;
  const pending = matches.filter((t) => !t.completed);
  return pending.length ? pending : matches;
}

/** A request about a task it names: a change, or a new date for it ("move the call to friday"). */
type PointingIntent = ActionIntent | Extract<Intent, { kind: "schedule" }>;

function isAction(intent: Intent): intent is PointingIntent {
  return (
    intent.kind === "complete" ||
    intent.kind === "delete" ||
    intent.kind === "update" ||
    intent.kind === "schedule"
  );
}

/**
 * Completes this message with the question the previous answer asked, if it asked
 * one and this message answers it: "#3" after "which one?", "buy milk" after "what
 * should I add?", a new title after "what should it be called?". A new command
 * stands on its own.
 */
export function continueEarlier(reading: Reading, earlier: UnderstoodTurn[], depth = 0): Intent {
  const { intent, answer: said } = reading;
  // "oops i meant 3" corrects a change just made; with none, it means what it says.
  if (intent.kind === "correct") {
    if (lastChangeTurn(earlier, depth) !== undefined) return intent;
    return continueEarlier({ ...reading, intent: intent.otherwise }, earlier, depth);
  }
  if (earlier.length === 0) return intent;
  const last = earlier.length - 1;
  if (changes(earlier[last]!.calls).length > 0)
    return again(reading, earlier, depth) ?? noteOnAdded(reading, earlier[last]!) ?? intent;
  const asked = intentOfTurn(earlier, last, depth);
  if (asked.kind === "ask") return again(reading, earlier, depth) ?? intent;
  // "call mom for me" → "I can't make calls, but I can add it"; "yes" / "add it" adds it.
  if (asked.kind === "unknown" && asked.offer) {
    return takesOffer(intent, said.words) ? { kind: "add", tasks: [asked.offer.task] } : intent;
  }
  if (asked.kind === "unknown" && asked.vague) {
    const choices = choicesFor(asked.vague, lastListedTasks(earlier[last]!.calls) ?? []);
    return (choices.length && chosen(intent, choices, said.affirmed)) || intent;
  }
  const repeated = asked.kind === "add" && asked.again && asked.tasks.length === 1;
  if (repeated) {
    const title = asked.tasks[0]!.read?.title ?? asked.tasks[0]!.title;
    const choices = sameTitleChoices(title, lastListedTasks(earlier[last]!.calls) ?? []);
    return (choices.length && chosen(intent, choices, said.affirmed)) || intent;
  }
  const answer = intent.kind === "select" || intent.kind === "unknown";
  // "Buy oat milk" reads as a new to-do, but after "what should it be called?" it is the answer.
  const freeText = answer || (intent.kind === "add" && said.bareTodo);

  if (asked.kind === "add" && asked.tasks.length === 0) {
    if (intent.kind === "add" && intent.tasks.length === 0) return intent;
    if (!freeText) return intent;
    return said.add ?? intent;
  }
  if (!isAction(asked)) return intent;
  if (asked.kind === "delete" && needsConfirmation(asked)) {
    // "yes", "yes delete all", "yes, all of it": the same request again, opened with a yes.
    const again =
      said.affirmed &&
      ((intent.kind === "delete" && intent.ref?.kind === "all") || ALL_OF_IT.test(said.words));
    if (intent.kind === "confirm" || again) return { ...asked, confirmed: true };
    const only = onlyThatOne(said.words);
    return only ? { kind: "delete", ref: only } : intent;
  }
  const missingValue =
    asked.kind === "update" &&
    asked.ref &&
    asked.title === undefined &&
    asked.description === undefined;
  if (missingValue && freeText) {
    const value = said.text.replace(/^["']|["']$/g, "");
    if (!value) return intent;
    return asked.field === "description"
      ? { ...asked, description: value }
      : { ...asked, title: value.charAt(0).toUpperCase() + value.slice(1) };
  }
  const candidates = ambiguousCandidates(asked, earlier[last]!.calls);
  if (said.not && candidates.length > 1) {
    const unwanted = matchTasks(said.not, candidates).map((t) => t.id);
    const rest = candidates.filter((t) => !unwanted.includes(t.id));
    if (unwanted.length && rest.length === 1)
      return { ...asked, ref: { kind: "numbers", numbers: [rest[0]!.id] } };
  }
  if (!answer) return intent;
  if (intent.kind === "select") {
    const ref = intent.ref;
    // "1" after a question listing #2 and #3: the first choice, never task #1 that was not offered.
    if (ref.kind === "numbers" && ref.numbers.length === 1 && candidates.length > 1) {
      const number = ref.numbers[0]!;
      if (!candidates.some((t) => t.id === number)) {
        const pick = candidates[number - 1];
        return pick ? { ...asked, ref: { kind: "numbers", numbers: [pick.id] } } : intent;
      }
    }
    if (ref.kind === "position" && candidates.length > 1) {
      const pick = ref.position === "last" ? candidates.at(-1) : candidates[ref.position - 1];
      return pick ? { ...asked, ref: { kind: "numbers", numbers: [pick.id] } } : intent;
    }
    if (ref.kind === "words" && candidates.length > 1)
      return pickByWords(asked, ref.words, candidates);
    return { ...asked, ref };
  }
  // Free words: only an answer to "which one?" or "no task matches", never a guess.
  if (asked.ref && asked.ref.kind !== "words") return intent;
  // "it was the cups": the words after the lead name the task.
  const words = withoutLead(said.words);
  if (candidates.length > 1) return pickByWords(asked, words, candidates);
  const short = words.split(" ").length <= 6;
  return words && short ? { ...asked, ref: { kind: "words", words } } : intent;
}

/**
 * The readings offered for a few vague words: complete each open task they name (three at
 * most), or add them as a new task. None when they name no open task: then it is no question.
 */
export function choicesFor(vague: Vague, tasks: ListedTask[]): Choice[] {
  const byWords = tasksNamed({ kind: "words", words: vague.words }, tasks);
  // "paid": the tasks of that verb ("Pay school fee"), when the word itself names none.
  const named = (
    byWords.length || !vague.deed
      ? byWords
      : tasksNamed({ kind: "words", words: vague.deed }, tasks)
  ).filter((t) => !t.completed);
  if (named.length === 0) return [];
  return [
    ...named.slice(0, 3).map((task) => ({ kind: "complete", task }) as const),
    { kind: "add", title: vague.title },
  ];
}

const titleWords = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean)
    .join(" ");

/** The open tasks of this very title, case, punctuation and spacing aside. */
export function openWithTitle(title: string, tasks: ListedTask[]): ListedTask[] {
  const words = titleWords(title);
  return tasks.filter((t) => !t.completed && titleWords(t.title) === words);
}

/**
 * "fix the gate" said again while "Fix the gate" is open: complete it, or add it a second
 * time. None when no open task has that title.
 */
export function sameTitleChoices(title: string, tasks: ListedTask[]): Choice[] {
  const same = openWithTitle(title, tasks);
  if (same.length !== 1) return [];
  return [
    { kind: "complete", task: same[0]! },
    { kind: "add", title },
  ];
}

/** The reading picked by an answer: "1", "the first", "yes" (the first), "the other one" (of two). */
function chosen(intent: Intent, choices: Choice[], affirmed = false): Intent | undefined {
  let index: number | undefined;
  if (intent.kind === "confirm") index = 0;
  else if (intent.kind === "select") {
    const ref = intent.ref;
    // "yes that one": a yes, pointing at the reading offered first.
    if (ref.kind === "pronoun" && !ref.plural && affirmed) index = 0;
    if (ref.kind === "numbers" && ref.numbers.length === 1) index = ref.numbers[0]! - 1;
    if (ref.kind === "position")
      index = ref.position === "last" ? choices.length - 1 : ref.position - 1;
    if (ref.kind === "others" && choices.length === 2) index = 1;
    // "the dad one": the choice whose task those words name.
    if (ref.kind === "words" && index === undefined) {
      const tasks = choices.flatMap((c) => (c.kind === "complete" ? [c.task] : []));
      const named = matchTasks(ref.words, tasks);
      if (named.length === 1)
        index = choices.findIndex((c) => c.kind === "complete" && c.task.id === named[0]!.id);
    }
  }
  // "coach" after "texted": a few words naming one of the tasks offered.
  if (index === undefined && intent.kind === "unknown" && intent.vague) {
    const tasks = choices.flatMap((c) => (c.kind === "complete" ? [c.task] : []));
    const named = matchTasks(intent.vague.words, tasks);
    if (named.length === 1)
      index = choices.findIndex((c) => c.kind === "complete" && c.task.id === named[0]!.id);
  }
  const choice = index === undefined ? undefined : choices[index];
  if (!choice) return undefined;
  return choice.kind === "add"
    ? { kind: "add", tasks: [{ title: choice.title }] }
    : { kind: "complete", ref: { kind: "numbers", numbers: [choice.task.id] } };
}

/** "bread too", "and the dentist" after a change: the same change, for the task now named. */
function again(reading: Reading, earlier: UnderstoodTurn[], depth: number): Intent | undefined {
  const { intent, answer } = reading;
  if (!answer.also || (intent.kind !== "unknown" && intent.kind !== "select")) return undefined;
  const before = intentOfTurn(earlier, earlier.length - 1, depth);
  if (before.kind === "ask") return { ...before, ref: answer.also };
  // "and the dentist appt on friday" after an add: another task.
  if (before.kind === "add" && answer.add?.tasks.length) return answer.add;
  // "same for the venue deposit" after a new priority or date: that change, for this task too.
  if (before.kind === "schedule") return { ...before, ref: answer.also };
  if (before.kind !== "complete" && before.kind !== "delete") return undefined;
  return { kind: before.kind, ref: answer.also };
}

const QUESTION =
  /^(?:what|what's|why|how|who|when|where|which|is|are|am|can|could|do|does|did|will|would|should)\b/u;
/** Talk about oneself or the assistant ("I like turtles", "you're fast"): no note on a task. */
const TALK = /^(?:i|i'm|i've|i'll|you|you're|we|lol|haha|wow|that's|this is|so)\b/u;

/**
 * "the code is 1234", "it's at the Fazal pharmacy", "bring the report card" right after one
 * task was added: words that are no request of their own are that task's description.
 */
function noteOnAdded(reading: Reading, turn: UnderstoodTurn): Intent | undefined {
  const { intent, answer } = reading;
  if (intent.kind !== "unknown" || intent.topic || intent.vague?.thing) return undefined;
  const added = changes(turn.calls);
  if (added.length !== 1 || added[0]!.toolName !== "add_task") return undefined;
  const id = Number(added[0]!.output?.task_id);
  if (!answer.text || QUESTION.test(answer.words) || TALK.test(answer.words)) return undefined;
  // A note says something: three words at least, or a number ("code 1234").
  if (answer.words.split(" ").length < 3 && !/\d/.test(answer.words)) return undefined;
  if (!Number.isInteger(id)) return undefined;
  return { kind: "update", ref: { kind: "numbers", numbers: [id] }, description: answer.text };
}

function pickByWords(asked: PointingIntent, words: string, candidates: ListedTask[]): Intent {
  // "zain's" names the task of Zain.
  const picked = matchTasks(words.replace(/'s\b/gu, ""), candidates);
  return picked.length === 1
    ? { ...asked, ref: { kind: "numbers", numbers: [picked[0]!.id] } }
    : { kind: "unknown" };
}

/** "no no, just the council one" after "delete your whole list?": only the task named. */
const JUST_ONE = /^(?:(?:no|nope|nah|wait)[\s,!.]+)*(?:just|only)\s+(?<rest>.+?)[\s.!]*$/;

function onlyThatOne(words: string): TaskRef | undefined {
  const rest = words.match(JUST_ONE)?.groups?.rest;
  const ref = rest ? bareRef(rest) : undefined;
  return ref && ref.kind !== "pronoun" && ref.kind !== "all" ? ref : undefined;
}

/** "yes, all of it", "yep everything": a yes that repeats the whole of what was asked. */
const ALL_OF_IT =
  /^(?:yes|yeah|yep|yup|ok|okay|sure)?[\s,.!]*(?:all of (?:it|them)|everything|the (?:whole|entire) (?:lot|list)|all)[\s.!]*$/u;

/** Deleting the whole list is the one change we confirm first. */
export function needsConfirmation(intent: ActionIntent): boolean {
  return (
    intent.kind === "delete" &&
    !intent.confirmed &&
    intent.ref?.kind === "all" &&
    intent.ref.status === "all" &&
    !intent.ref.except
  );
}
