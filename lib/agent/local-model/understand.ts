/**
 * Turns one message into an intent: what the person wants done, and to which task.
 * Rule-based and deterministic on purpose (see docs/decisions/003-local-model.md).
 * The order of the checks is the point: an explicit "add …" wins over command words
 * inside the title ("add a task to delete old emails"), and a wish ("I need to …")
 * is a new task unless it plainly names a task command ("I need to delete task 3").
 * This is the only place that reads a message's words: planning and context work on
 * the intents it returns.
 */
import type { Clock } from "./clock";
import type { ConversationView, SeenToolCall } from "./conversation";
import { lexicon } from "./lexicon";
import { pattern, patternWith, source } from "./lexicon/compile";
import { normalize, type Utterance } from "./normalize";
import {
  isBareTodo,
  isPhrasalErrand,
  parseAdd,
  parseBareList,
  tidyTitle,
  onDay,
  type AddIntent,
  type NewTask,
  REMEMBER_CUE,
} from "./parse-add";
import { parseComplete, parseDelete, parseReopen, statesNoNeed } from "./parse-change";
import { parseFieldFragment } from "./parse-fragment";
import { parseList, type StatusFilter } from "./parse-list";
import { askAbout, type AskIntent } from "./parse-question";
import { chatOf, upsetOf, type ChatIntent } from "./parse-chat";
import {
  errandAsked,
  namesSomeoneElse,
  notUnderstood,
  outsideTopic,
  worldQuestion,
  type UnknownIntent,
} from "./parse-talk";
import { parseNoteFollowUp, parseUpdate, type UpdateIntent } from "./parse-update";
import {
  leadsWithPriority,
  parseDetailChange,
  parsePutBack,
  parseReopening,
  parseSchedule,
  type ScheduleIntent,
  whenChanges,
  parseAddTag,
} from "./parse-schedule";
import { readDetails } from "./task-details";
import { bareRef, parseRef, type TaskRef } from "./references";
import { asciiDigits, languageOf } from "./language";
import { readUrdu } from "./understand-ur";
import { thingsLedByDeleteVerbs } from "./lexicon/things";
import { namesAThing } from "./parse-thing";
import { readCorrection, type CorrectIntent } from "./parse-correction";
import type { ReplyLanguage } from "./wording";

export type { NewTask } from "./parse-add";
export type { AskIntent } from "./parse-question";
export type { CorrectIntent } from "./parse-correction";
export type { Offer, UnknownIntent, Vague } from "./parse-talk";
export type { ChatAbout, ChatIntent } from "./parse-chat";
export type { StatusFilter } from "./parse-list";
export type { TaskRef } from "./references";

export type Intent =
  | AddIntent
  | { kind: "list"; status: StatusFilter; countOnly: boolean }
  /**
   * `orAdd`: in "add milk and finish the report", "finish the report" completes a task
   * if one matches, else it is a new task of its own.
   */
  | { kind: "complete"; ref?: TaskRef; orAdd?: NewTask }
  /** `confirmed`: the person said "yes" to deleting their whole list. */
  | { kind: "delete"; ref?: TaskRef; confirmed?: boolean; orAdd?: NewTask }
  | UpdateIntent
  | AskIntent
  /** Only a reference ("#3", "the second one"): an answer to "which one?". */
  | { kind: "select"; ref: TaskRef }
  | { kind: "reopen" }
  | ScheduleIntent
  | { kind: "cancel" }
  | { kind: "confirm" }
  | { kind: "greet" }
  | { kind: "thanks" }
  | { kind: "bye" }
  | { kind: "ack" }
  | { kind: "help" }
  /** Small talk of its own kind: "how are you", "who are you", "my bad", "lol", "ugh". */
  | ChatIntent
  /** Several requests in one message, in order: "add milk and mark the report done". */
  | { kind: "multi"; parts: Intent[] }
  /** Someone else's tasks or account: refused, nothing changes. */
  | { kind: "others" }
  /** A language the local model does not read ("añade comprar leche"): nothing changes. */
  | { kind: "foreign" }
  /** "oops i meant 3", "no, the other one": the last change, taken back and made again. */
  | CorrectIntent
  | UnknownIntent;

export type ActionIntent = Extract<Intent, { kind: "complete" | "delete" | "update" }>;

/**
 * The same message taken as the answer to a question we asked: "buy oat milk" after
 * "what should I add?", a new title after "what should it be called?", "the dentist
 * one" after "which one?". Whether it is one depends on the question, so context decides.
 */
export interface AnswerIntent {
  kind: "answer";
  /** The message without its politeness, in the person's own case: a title or description. */
  text: string;
  /** The same, lowercased: words to find a task by. */
  words: string;
  /** A to-do on its own ("buy oat milk"): it reads as a new task, but can answer a question. */
  bareTodo: boolean;
  /** The message as new tasks, for "what should I add?". */
  add: AddIntent | undefined;
  /** "bread too", "and the dentist": the same again, for the task these words name. */
  also: TaskRef | undefined;
  /** "no, not mom": words of the task not meant, among those we asked about. */
  not: string | undefined;
  /** "yes delete all": the message opens with a yes, whatever follows it. */
  affirmed?: boolean;
}

/** A message understood: its own intent, and the intent it has as an answer. */
export interface Reading {
  intent: Intent;
  answer: AnswerIntent;
}

/** An earlier exchange: what the person meant, and the tool calls of the answer. */
export interface UnderstoodTurn {
  reading: Reading;
  calls: SeenToolCall[];
}

/** The conversation as intents: this message, this turn's tool calls, and the earlier turns. */
export interface UnderstoodConversation {
  current: Reading;
  turnCalls: SeenToolCall[];
  earlier: UnderstoodTurn[];
  toolFields: ConversationView["toolFields"];
  clock: Clock;
  /** The language and script of the answer: the person's, in this message or the last that had words. */
  language: ReplyLanguage;
}

export function understandConversation(view: ConversationView): UnderstoodConversation {
  const clock = view.clock ?? { now: new Date(), timeZone: "UTC" };
  return {
    current: read(view.userText, clock),
    turnCalls: view.turnCalls,
    earlier: view.earlierTurns.map((turn) => ({
      reading: read(turn.userText, clock),
      calls: turn.calls,
    })),
    toolFields: view.toolFields,
    clock,
    language: replyLanguage([view.userText, ...view.earlierTurns.map((t) => t.userText).reverse()]),
  };
}

/**
 * The answer's language: the message's own; for one with no words ("2", "✅"), the
 * last message that had some. Another language is answered in English.
 */
export function replyLanguage(messagesNewestFirst: string[]): ReplyLanguage {
  for (const message of messagesNewestFirst) {
    const language = languageOf(message);
    if (language === "none") continue;
    return language === "ur" || language === "ur-Latn" ? language : "en";
  }
  return "en";
}

export function read(typed: string, clock: Clock = { now: new Date(), timeZone: "UTC" }): Reading {
  // Each message is read in its own language: Urdu by its own frames, English by these.
  const language = languageOf(typed);
  if (language === "ur" || language === "ur-Latn") return readUrdu(typed, clock);
  const message = asciiDigits(typed);
  const said = normalize(message);
  if (language === "other") {
    const answer: AnswerIntent = {
      kind: "answer",
      text: said.text,
      words: said.lower,
      bareTodo: false,
      add: undefined,
      also: undefined,
      not: undefined,
    };
    return { intent: { kind: "foreign" }, answer };
  }
  // A thumbs-up alone is an acknowledgement, and also a yes to a question just asked:
  // understandSaid reads it as a confirmation, which context turns into either.
  // "thank you, that's right now": the talk left once thanks and fillers are gone.
  const chat = THUMBS_UP.test(message)
    ? undefined
    : (chatOf(message, lexicon) ??
      (said.text && said.text !== message.trim() ? chatOf(said.text, lexicon) : undefined));
  // "ugh no. add wrap the gift too": a clear request beats the feeling said around it.
  // A mood said whole ("monday again 😩", "so behind lol") has no request in it to beat.
  const request =
    chat?.kind === "chat" && chat.about !== "mood"
      ? understandSaid(said, message, clock)
      : undefined;
  const intent =
    request && (isClearRequest(request) || request.kind === "multi")
      ? request
      : (chat ?? understandSaid(said, message, clock));
  // "no sorry, the electrician. plumber still hasn't picked up": a correction, then news.
  const first = said.text.split(SENTENCE_END)[0]!;
  const firstCorrection =
    first !== said.text && !isClearRequest(intent) && intent.kind !== "multi"
      ? readCorrection(first, understandSaid(normalize(first), first, clock))
      : undefined;
  return {
    intent: withDay(readCorrection(message, intent) ?? firstCorrection ?? intent, said.day),
    answer: {
      kind: "answer",
      text: said.text,
      words: said.lower,
      bareTodo: isBareTodo(said.lower),
      add: parseAdd(said, { explicit: false }),
      also: alsoRef(message, said.lower),
      not: said.lower.match(NOT_THIS)?.groups?.words,
      affirmed: YES.test(message.toLowerCase()) || THUMBS_UP.test(message),
    },
  };
}

/**
 * "ugh so much to do lol, add renew my permit", "neither — new one: …": talk, then a clause
 * that asks to add.
 */
const AFTER_TALK = /(?<=[,.!;]|\s[—–])\s+(?=\S)/;

function addAfterTalk(text: string): Intent | undefined {
  const clauses = text.split(AFTER_TALK);
  for (let i = 1; i < clauses.length; i++) {
    const added = parseAdd(normalize(clauses.slice(i).join(" ")), { explicit: true });
    if (added?.tasks.length) return added;
  }
  return undefined;
}

/** The day said before a wish, given to each task the message adds (parse-add.ts, onDay). */
function withDay(intent: Intent, day: string | undefined): Intent {
  if (!day) return intent;
  if (intent.kind === "add") return { ...intent, tasks: onDay(intent.tasks, day) };
  if (intent.kind === "multi")
    return { ...intent, parts: intent.parts.map((p) => withDay(p, day)) };
  return intent;
}

/** "not mom", "no, not the blue one", "not hira, the other one". */
const NOT_THIS = pattern`^(?:(?:no|nope|nah)[,!.]?\s+)?not\s+(?:the\s+)?(?<words>.+?)(?:\s+one)?(?:\s*[,;]?\s+(?:i mean\s+)?the other(?:\s+one)?)?$`;
/** "bread too", "and the dentist", "what about eggs", "same for the pram one": the last change again. */
const SAME_FOR = source`what about|how about|same (?:for|with|goes for)|(?:and )?ditto(?: for)?`;
const ALSO = pattern`^(?:${lexicon.references.also}|${SAME_FOR})\s+\S|\s${lexicon.references.also}[\s.!?]*$`;
const ALSO_WORDS = patternWith(
  "g",
)`^(?:${lexicon.references.also}|${SAME_FOR})\s+|\s+${lexicon.references.also}$`;

function alsoRef(message: string, lower: string): TaskRef | undefined {
  if (!ALSO.test(message.trim().toLowerCase())) return undefined;
  const words = lower.replace(ALSO_WORDS, "").trim();
  return words && words.split(" ").length <= 5 ? parseRef(words) : undefined;
}

export function understand(
  message: string,
  clock: Clock = { now: new Date(), timeZone: "UTC" },
): Intent {
  return read(message, clock).intent;
}

const { answers } = lexicon;
const YES = pattern`^\W*${answers.yes}\b`;
/** 👍 👌 on their own: a yes, as in any chat. */
const THUMBS_UP = /^\s*(?:\u{1F44D}|\u{1F44C})[\u{1F3FB}-\u{1F3FF}\uFE0F\s]*$/u;
const CONFIRM = pattern`^${answers.confirm}$`;
const CANCEL = pattern`^${answers.cancel}$`;
/** "menu", "options": help only alone; "menu board updated", "options for the venue" are tasks. */
const HELP_NOUNS = lexicon.help.filter((word) => !word.includes(" ") && word !== "help");
/** "help", "help me", "help with this?"; "help dad with his tax return" is a task. */
const HELP = pattern`^(?!help\s+(?!(?:me|us|with|on|pls|please|plz)\b)\w)(?!(?:${HELP_NOUNS})\s+\w)(?:${lexicon.help}|\?+)\b`;
const ALL_DONE = pattern`^(?:am i|are we|is everything)\s+(?:all\s+)?(?:done|finished|through)\b`;
const PROGRESS = pattern`^(?:how am i doing|how(?:'s| is) my progress|(?:show )?my progress|how far am i)\b`;

function understandSaid(said: Utterance, message: string, clock: Clock): Intent {
  if (said.smalltalk) return { kind: said.smalltalk };
  const { lower } = said;
  if (namesSomeoneElse(lower)) return { kind: "others" };
  const errand = errandAsked(said);
  if (errand) return errand;
  if (!lower)
    return YES.test(message.toLowerCase()) || THUMBS_UP.test(message)
      ? { kind: "confirm" }
      : { kind: "ack" };
  if (CONFIRM.test(lower)) return { kind: "confirm" };
  // "how do you say … in japanese" is a question about the world, not about us.
  if (HELP.test(lower) && !outsideTopic(said)) return { kind: "help" };
  if (CANCEL.test(lower)) return { kind: "cancel" };
  if (said.wish) return understandWish(said);
  const world = worldQuestion(said);
  if (world) return world;
  if (ALL_DONE.test(lower)) return { kind: "list", status: "pending", countOnly: false };
  if (PROGRESS.test(lower)) return { kind: "list", status: "all", countOnly: false };
  const lines = linesOfTasks(said);
  if (lines) return lines;
  const stated = detailsOfPlace(said, clock);
  if (stated) return stated;
  const asked = askAbout(lower);
  if (asked) return asked;
  if (isStatusQuestion(lower))
    return parseList(lower) ?? { kind: "list", status: "all", countOnly: false };
  const topic = topicFirst(said, clock) ?? noteOnTopic(said, clock);
  if (topic) return topic;
  const sentences = requestsBySentence(said, message, clock);
  if (sentences) return sentences;
  const several = severalRequests(said, clock);
  if (several) return several;
  const deeds = severalDeeds(said);
  if (deeds) return deeds;
  const runOn = runOnRequest(said, clock);
  if (runOn) return runOn;
  const command = orThing(understandCommand(said, clock), said);
  // "it's done, got them yesterday": a clause that changes a task beats a look at the list.
  const clause = command?.kind === "list" ? lastCommandClause(said, clock) : undefined;
  if (clause) return clause;
  if (command && !namesClauses(command) && !namesOnlyAPerson(command)) return command;
  return (
    lastCommandClause(said, clock) ??
    command ??
    (bareRef(said.lower) ? undefined : parseFieldFragment(said, clock)) ??
    understandLoose(said, clock) ??
    errandAsked(said, true) ??
    addAfterTalk(said.text) ??
    upsetOf(message, lexicon) ??
    notUnderstood(said)
  );
}

/**
 * "1) renew passport\n2) check the roster", "- wire the shed\n- fit the doorbell": lines of a
 * pasted list are tasks, each line one, before any line's verb is read as a request ("check
 * the roster" is a deed to do, not a task to tick off); lines that are each a clear request
 * ("- delete task 2\n- add milk") stay requests.
 */
function linesOfTasks(said: Utterance): Intent | undefined {
  if (!said.listed) return undefined;
  const requests = severalRequests(said);
  if (requests && requests.kind !== "add") return requests;
  // "add these\n* …": the first line is the add, not a task.
  // "can you put these on my list:" read as the add finds no task in the heading: the lines are.
  const framed = parseAdd(said, { explicit: true });
  const tasks = framed?.tasks.length ? framed : parseAdd(withoutHeading(said), { explicit: false });
  return tasks && tasks.tasks.length > 0 ? tasks : undefined;
}

/** "… and show me my list": a look at the list after a change (read as one only with a list noun). */
const LOOK_VERBS = ["show", "list", "display", "view", "gimme", "pull up", "what's", "whats"];
/**
 * A task told done after a request ("…, and the plumber is done", "… and i finished the
 * report"): news of a deed is a request of its own, never more words of a new task's title.
 * Not a condition or a check ("…, and ask if the cake is done"): those are the task's words.
 */
const DONE_NEWS = source`(?:i|we)\s+(?:(?:just|already|also)\s+)?(?:${lexicon.verbs.completedPast})\s+\S|(?![^,;.!?]*\b(?:if|whether|when|that|ask|check|see|sure|until|till|before|after|once)\b)(?:the\s+)?[^,;.!?]+?\s+(?:is|are|was|were)\s+(?:now\s+|all\s+)?(?:done|finished|sorted|completed|complete)\s*[.!]*$`;
/** Where a second request starts: "… and mark …", "…, then delete …", "…, and X is done". */
const NEXT_REQUEST = patternWith(
  "g",
)`(?:(?:\s*[,;]\s*|\s+)(?:and then|and also|and now|and|&|then|also|plus|now)\s+|\s*[,;]\s*)(?=(?:${lexicon.verbs.command}|${LOOK_VERBS}|remind me|don't forget)\b|(?:${DONE_NEWS}))`;
/** "add milk and put a note on it: …": the note belongs to the task, no second request. */
const NOTE_ON_IT = pattern`\band\s+(?:add|put|include|attach|leave|write)\s+(?:(?:in|into|on)\s+)?(?:a\s+|the\s+|some\s+)?${lexicon.fields.description}\b`;
const TASK_VERB_START = pattern`^${lexicon.verbs.action}\s+\S`;
/** "add a task to clean up and remove the old files": one task, whatever it says. */
const ONE_TASK_FRAME = pattern`^(?:(?:add|create|make|new)\s+(?:a|an|one|another)\s+(?:new\s+)?${lexicon.taskNouns.singular}|remind me|remember|don't forget)\b`;

/**
 * "add milk and mark the report done": each request on its own, when every part is a
 * clear request of its own kind (an add, a completion, a deletion, an edit).
 */
function severalRequests(said: Utterance, clock?: Clock): Intent | undefined {
  if (ONE_TASK_FRAME.test(said.lower) || NOTE_ON_IT.test(said.lower)) return undefined;
  const breaks = [...said.lower.matchAll(NEXT_REQUEST)];
  if (breaks.length === 0) return undefined;
  const starts = [0, ...breaks.map((b) => b.index + b[0].length)];
  const ends = [...breaks.map((b) => b.index), said.lower.length];
  const parts = starts.map((start, i) => {
    const part = {
      ...said,
      text: said.text.slice(start, ends[i]),
      lower: said.lower.slice(start, ends[i]),
    };
    const intent = understandCommand(part, clock);
    // A verb that starts tasks as well as requests ("finish the report"): either reading.
    const asTask =
      intent?.kind === "complete" && TASK_VERB_START.test(part.lower)
        ? parseAdd(part, { explicit: false })
        : undefined;
    const task = asTask?.tasks.length === 1 ? asTask.tasks[0] : undefined;
    return task && intent?.kind === "complete" ? { ...intent, orAdd: task } : intent;
  });
  if (!withALook(parts)) return undefined;
  return inOrder(parts as Intent[]);
}

/**
 * Requests in order, the adds among them as one ("add milk. add eggs."). Two requests of
 * another kind (two completions) are no clear reading of one message: undefined.
 */
function inOrder(said: Intent[]): Intent | undefined {
  // "yes I did. please tick it off": the same request said twice is one request.
  const parts = said.filter(
    (part, i) => said.findIndex((p) => JSON.stringify(p) === JSON.stringify(part)) === i,
  );
  const tasks = parts.flatMap((part) => (part.kind === "add" ? part.tasks : []));
  const firstAdd = parts.findIndex((part) => part.kind === "add");
  const merged: Intent[] = [];
  parts.forEach((part, i) => {
    if (part.kind !== "add") merged.push(part);
    else if (i === firstAdd) merged.push({ kind: "add", tasks });
  });
  if (new Set(merged.map((p) => p.kind)).size !== merged.length) return undefined;
  return merged.length === 1 ? merged[0] : { kind: "multi", parts: merged };
}

const SENTENCE_END = /(?<=[.!?])\s+(?=\S)/;
const SMALL_TALK = new Set<Intent["kind"]>(["greet", "thanks", "ack", "confirm", "chat"]);
/** "…. note: bring 2 photos": a note on the task before, not a sentence of its own. */
const STARTS_A_NOTE = pattern`^(?:(?:${[...lexicon.fields.followUps, ...lexicon.fields.description]})\s*[:\-–—]|${REMEMBER_CUE})`;

/**
 * "hey! got the milk, thanks. also add bread pls", "buy milk. call dad. pay rent": each
 * sentence read on its own; small talk between them is dropped, and every other sentence
 * must be a clear request.
 */
function requestsBySentence(said: Utterance, message: string, clock: Clock): Intent | undefined {
  // Split as typed, when the sentences are the same: "lol sorry my nephew typed that.
  // compost bought" is an apology, then news; normalized, the apology's words are gone and
  // the rest of its sentence is left.
  const typed = message.trim().split(SENTENCE_END);
  const normalized = said.text.split(SENTENCE_END);
  const pieces = typed.length === normalized.length ? typed : normalized;
  if (pieces.length < 2 || pieces.slice(1).some((p) => STARTS_A_NOTE.test(p.toLowerCase())))
    return undefined;
  const intents = pieces
    .map((piece) => understandSaid(normalize(piece), piece, clock))
    .flatMap((intent) => (intent.kind === "multi" ? intent.parts : [intent]))
    // "ok never mind. prescription collected": a thought dropped before the request.
    .filter(
      (intent, i, all) =>
        !(intent.kind === "cancel" && all.slice(0, i).every((x) => x.kind === "cancel")),
    )
    .filter((intent) => !SMALL_TALK.has(intent.kind));
  if (intents.length === 0 || !withALook(intents)) return undefined;
  return inOrder(intents);
}

/**
 * "add print menus and show me my list", "what's left? also add …": clear requests, with at
 * most one look at the list among them, before or after the changes.
 */
function withALook(parts: (Intent | undefined)[]): boolean {
  const isLook = (part: Intent | undefined) => part?.kind === "list" || part?.kind === "query";
  const looks = parts.filter(isLook).length;
  return (
    looks <= 1 &&
    looks < parts.length &&
    parts.every((part) => part && (isLook(part) || isClearRequest(part)))
  );
}

function isClearRequest(intent: Intent): boolean {
  return (
    (intent.kind === "add" && intent.tasks.length > 0) ||
    ((intent.kind === "complete" || intent.kind === "delete" || intent.kind === "update") &&
      intent.ref !== undefined &&
      !namesClauses(intent))
  );
}

/** A reference that swallowed a clause break: "did it, tick it off" read as one title. */
function namesClauses(intent: Intent): boolean {
  return "ref" in intent && intent.ref?.kind === "words" && /[,;]/.test(intent.ref.words);
}

/** "…, tick him off": the task is the deed told before, not one called "him". */
function namesOnlyAPerson(intent: Intent): boolean {
  return "ref" in intent && !!intent.ref && ONLY_PERSON.test(refWords(intent.ref));
}

/** Who news is about, starting a clause with no comma before it: "… my wife got it". */
const NEWS_START = patternWith(
  "g",
)`\s(?=(?:my\s+\w+|i|i'm|i've|he|she|they|we|mom|mum|dad|it's|its)\s+(?:\w+\s+)?(?:got|did|has|hasn't|have|haven't|had|will|won't|would|is|isn't|was|wasn't|said|says|took|already|just|still|never)\b)`;

/**
 * "the dry cleaning one is done already actually my wife got it", "put it back mom will kill
 * me": dictated with no punctuation, a request then news about someone. The request before
 * the news, when it is a clear change of a task, is what is meant.
 */
function runOnRequest(said: Utterance, clock: Clock): Intent | undefined {
  if (/[,;.!?:]/.test(said.lower)) return undefined;
  for (const cut of said.lower.matchAll(NEWS_START)) {
    const before = normalize(said.text.slice(0, cut.index));
    if (!before.lower) continue;
    const intent = understandCommand(before, clock);
    if (intent?.kind === "restore" || (intent && intent.kind !== "add" && isClearRequest(intent)))
      return intent;
  }
  return undefined;
}

/** "bin bags", "junk mail": a delete verb that also leads the name of a thing, with no
 * determiner or pronoun after it ("bin the milk", "bin it" are deletions only). Such names
 * are the verb and one word: "scrap walk max" names a task to delete, not a thing to buy. */
const THING_LED_BY_DELETE = pattern`^(?:${thingsLedByDeleteVerbs})\s+(?!(?:${[...lexicon.determiners, ...lexicon.pointingBack, "my", "all", "both", "every", "task", "tasks"]})\b)[\p{L}][\p{L}'-]*$`;

/** "bin bags": a deletion of the task named, or, with none, a new task of those words. */
function orThing(intent: Intent | undefined, said: Utterance): Intent | undefined {
  if (intent?.kind !== "delete" || intent.ref?.kind !== "words") return intent;
  if (!THING_LED_BY_DELETE.test(said.lower) || !namesAThing(said.lower)) return intent;
  return { ...intent, orAdd: { title: tidyTitle(said.text) } };
}

/** "fix the typo, it should be call plumber": a clause that gives a task its new title. */
function newTitle(clause: Utterance): Intent | undefined {
  const update = parseUpdate(clause);
  return update?.kind === "update" && (update.title ?? update.when) ? update : undefined;
}

const PERSON = pattern`\b${lexicon.references.persons}\b`;
const CLAUSE_BREAK = /\s*[,;]\s*/g;
const POINTS_AT = new Set(["numbers", "position", "positions"]);
const ONLY_PERSON = pattern`^${lexicon.references.persons}$`;
const refWords = (ref: TaskRef) => (ref.kind === "words" ? ref.words : "");
const STARTS_WITH_PRONOUN = pattern`^${lexicon.references.pronouns}\b`;

/**
 * "just did it, tick it off", "called her actually, mark it done", "move #3 to tuesday,
 * garage is closed till then": the clause that
 * commands, read on its own, the last one first (the rest is the story around it).
 */
function lastCommandClause(said: Utterance, clock: Clock): Intent | undefined {
  const breaks = [...said.lower.matchAll(CLAUSE_BREAK)];
  if (breaks.length === 0) return undefined;
  const starts = [0, ...breaks.map((b) => b.index + b[0].length)];
  const ends = [...breaks.map((b) => b.index), said.lower.length];
  const clauses = starts.map((start, i) => normalize(said.text.slice(start, ends[i])));
  const intents = starts.map((start, i) => {
    const clause = clauses[i]!;
    const intent =
      parseReopening(clause.lower) ??
      parseComplete(clause.lower) ??
      parseDelete(clause.lower) ??
      // "move #3 to tuesday, garage is closed till then": a new date, never a new title.
      parseDetailChange(clause.lower, clock) ??
      newTitle(clause);
    return intent && "ref" in intent && intent.ref && !namesClauses(intent) ? intent : undefined;
  });
  // "the 2nd one's done, went to the merchant", "mark 3 done, the client paid": a clause that
  // points at a task by number or place is the request; the words of the others are news.
  const pointed = intents.find(
    (intent) => intent && "ref" in intent && intent.ref && POINTS_AT.has(intent.ref.kind),
  );
  if (pointed) return pointed;
  // "the lens cap one isn't needed anymore, found the old one": a clause that asks for a
  // change beats one that only tells a deed ("found the old one" is news).
  const asked = intents.map(
    (intent, i) =>
      !!intent && (intent.kind !== "complete" || !!parseComplete(clauses[i]!.lower, false)),
  );
  const anyAsked = asked.some(Boolean);
  // "delete it, the wedding got called off": a deletion told as a fact is the reason for the
  // request beside it, never a second task to delete.
  const told = intents.map(
    (intent, i) => intent?.kind === "delete" && statesNoNeed(clauses[i]!.lower),
  );
  const anyTold = told.some((t, i) => !t && asked[i]) && told.some(Boolean);
  for (let i = starts.length - 1; i >= 0; i--) {
    const intent = intents[i];
    if (!intent || !("ref" in intent) || !intent.ref) continue;
    if (anyAsked && !asked[i]) continue;
    if (anyTold && told[i]) continue;
    if (intent.ref.kind !== "pronoun" && !ONLY_PERSON.test(refWords(intent.ref))) return intent;
    // "cleaned the bathroom, cross it off": "it" is what the clause before named; "fawad
    // paid his invoice, tick him off": so is the person the deed was with.
    // "don't need the crib one anymore, bin it": a deletion names it for a deletion too.
    const before = starts.slice(0, i).map((start, j) => {
      const clause = normalize(said.text.slice(start, ends[j])).lower;
      return parseComplete(clause) ?? (intent.kind === "delete" ? parseDelete(clause) : undefined);
    });
    const named = before.reverse().find(
      (deed) =>
        deed?.ref?.kind === "words" &&
        !PERSON.test(deed.ref.words) &&
        // "done that this morning, cross it off": "that" is the task before, not a title.
        !STARTS_WITH_PRONOUN.test(deed.ref.words),
    )?.ref;
    return named ? { ...intent, ref: named } : intent;
  }
  return undefined;
}

/** "typo in task 1, it should be …": the task a fault is in is the task named. */
const FAULT_IN =
  /^(?:there's\s+|there is\s+)?(?:an?\s+)?(?:typo|spelling mistake|mistake|misspelling|error|spelling)\s+(?:in|on|of)\s+/;

/** "ok just the invoice task then, scrap it": the words around the task named first. */
const HEAD_FILLERS = /^(?:(?:ok|okay|so|just|right|fine|well|and)\s+)+|\s+(?:then|instead)$/g;

/** "the refuel one, move it to friday": a task named first, then a request about "it". */
const TOPIC_BREAK = /^(?<head>[^,;:]+?)\s*(?:[,;:]|\s[-–—])\s*(?<rest>\S.*)$/u;

/**
 * "the refuel one, move it to friday", "the last one, make it friday", "2nd one - delete
 * it": a reference said on its own, then a request whose pronoun points back at it. The
 * pronoun takes the reference (a plural one only a reference to several).
 */
function topicFirst(said: Utterance, clock: Clock): Intent | undefined {
  const parts = said.lower.match(TOPIC_BREAK)?.groups;
  if (!parts) return undefined;
  const head = bareRef(parts.head!.replace(FAULT_IN, "").replace(HEAD_FILLERS, ""));
  if (!head || head.kind === "pronoun") return undefined;
  const start = said.lower.length - parts.rest!.length;
  const rest = normalize(said.text.slice(start));
  const intent = understandCommand(rest, clock) ?? parseFieldFragment(rest, clock);
  if (!intent || !("ref" in intent) || intent.ref?.kind !== "pronoun") return undefined;
  const several =
    head.kind === "positions" ||
    (head.kind === "numbers" && head.numbers.length > 1) ||
    (head.kind === "words" && head.plural === true);
  if (intent.ref.plural !== several) return undefined;
  return { ...intent, ref: head };
}

/** "for #1, …", "the brake one - …", "first one: …": a task pointed at, then what is said of it. */
const NOTE_TOPIC =
  /^(?:(?:for|re|about)\s+(?<forHead>[^,;:]+?)\s*(?:[,;:]|\s[-–—])|(?<head>[^,;:]+?)\s*(?::|\s[-–—]))\s*(?<rest>\S.*)$/u;
const REMEMBER_LEAD = pattern`^${REMEMBER_CUE}(?=\S)`;

/**
 * "for #1, the client wants a skylight added", "the brake one - pads are shimano 105", "for
 * the market email task, remember to ask about the january pitch": a task pointed at plainly
 * (a number, a place, "the … one", "the … task"), then words that ask nothing of their own,
 * are that task's note. "for dinner, remember to buy wine" names no task plainly: an add.
 */
function noteOnTopic(said: Utterance, clock: Clock): Intent | undefined {
  const parts = said.lower.match(NOTE_TOPIC)?.groups;
  if (!parts) return undefined;
  const headWords = (parts.forHead ?? parts.head)!.replace(HEAD_FILLERS, "");
  // "add a note to the honey one: …" is a request whole, not a task named first.
  const head = HEAD_VERB.test(headWords) ? undefined : bareRef(headWords);
  if (!head || head.kind === "pronoun" || (head.kind === "words" && head.plural)) return undefined;
  // "new one: dentist appt" adds; a task named by its words is "the … one" or "the … task".
  if (head.kind === "words" && !THE_NAMED.test(headWords)) return undefined;
  const rest = normalize(said.text.slice(said.lower.length - parts.rest!.length));
  if (rest.lower.split(" ").length < 2 || REQUEST_VERB.test(rest.lower)) return undefined;
  // What is said must ask nothing itself ("the first one - done already" completes it).
  const asked = understandSaid(rest, rest.text, clock);
  if (asked.kind !== "unknown" && !(asked.kind === "add" && asked.tasks.length === 1))
    return undefined;
  const description = rest.text.replace(REMEMBER_LEAD, "").trim();
  return { kind: "update", ref: head, description };
}
/** A note never starts with a request of its own: "the milk one - delete it" is a deletion. */
const REQUEST_VERB = pattern`^(?:${lexicon.verbs.command})\b`;
const { verbs } = lexicon;
/** "edit the sewing machine one: …", "add a note to the honey one: …": a request whole. */
const HEAD_VERB = pattern`^(?:${[...verbs.command, ...verbs.update, ...verbs.attach, ...verbs.name, ...verbs.add]})\b`;
const THE_NAMED = /^the\s/u;

const PLACE_IS = /^(?<head>.+?)(?:\s+is|'s)\s+(?:now\s+)?(?<rest>\S.*)$/u;

/**
 * "task 3 is low priority", "no. 2's due friday": a task named by its number or place, then
 * its details. Said of a task by its words ("the report is urgent") it stays a question.
 */
function detailsOfPlace(said: Utterance, clock: Clock): ScheduleIntent | undefined {
  const parts = said.lower.match(PLACE_IS)?.groups;
  if (!parts) return undefined;
  const head = bareRef(parts.head!);
  if (head?.kind !== "numbers" && head?.kind !== "position") return undefined;
  const rest = normalize(said.text.slice(said.lower.length - parts.rest!.length));
  const details = parseFieldFragment(rest, clock);
  return details?.kind === "schedule" ? { ...details, ref: head } : undefined;
}

const DEED_BREAK = /\s+(?:and|&|n)\s+/;
const POINTS_BACK = pattern`\b${lexicon.pointingBack}\b`;

/**
 * "worksheets printed and emailed the parents": deeds joined by "and", each a completion
 * naming its own task by words, complete each of them.
 */
function severalDeeds(said: Utterance): Intent | undefined {
  const parts = said.lower.split(DEED_BREAK);
  // "finished the report and sent it to bob": a later deed that points back is one task's story.
  if (
    parts.length < 2 ||
    /[,;]/.test(said.lower) ||
    parts.slice(1).some((p) => POINTS_BACK.test(p))
  )
    return undefined;
  const named = parts.map((part) => {
    const deed = parseComplete(part);
    if (deed?.ref?.kind !== "words" || deed.ref.plural) return undefined;
    // "menu board updated": the verb goes with its words, so the task it leads is the one meant.
    return deed.ref.ownVerb ? `${deed.ref.ownVerb} ${deed.ref.words}` : deed.ref.words;
  });
  if (!named.every(Boolean)) return undefined;
  return { kind: "complete", ref: { kind: "words", words: named.join(" and "), plural: true } };
}

/** Messages that start with a command verb, in the order that keeps titles intact. */
function understandCommand(said: Utterance, clock?: Clock): Intent | undefined {
  return (
    parsePutBack(said.lower) ??
    parseNoteFollowUp(said) ??
    parseAddTag(said.lower) ??
    parseAdd(said, { explicit: true }) ??
    // "what's the weather like tomorrow?" is not a question about what is due.
    (clock && !outsideTopic(said) ? parseSchedule(said.lower, clock) : undefined) ??
    parseReopen(said.lower) ??
    withWhenFields(parseUpdate(said), clock) ??
    parseComplete(said.lower) ??
    (isPhrasalErrand(said.lower) ? undefined : parseDelete(said.lower)) ??
    parseList(said.lower)
  );
}

/**
 * "call it tomorrow instead": a new date said where a name was expected is the task's due
 * date (and time) where the tools have those fields; the title keeps its words either way.
 */
function withWhenFields(intent: Intent | undefined, clock?: Clock): Intent | undefined {
  if (intent?.kind !== "update" || !intent.when || !clock) return intent;
  const whenFields = whenChanges(intent.when, clock);
  return whenFields ? { ...intent, whenFields } : intent;
}

function withoutHeading(said: Utterance): Utterance {
  const heading = said.lower.match(/^[^,:]+:[,\s]+/)?.[0].length;
  if (!heading) return said;
  return { ...said, text: said.text.slice(heading), lower: said.lower.slice(heading) };
}

/** Statements without a leading verb: "task 2 is done", "milk, eggs", "#3". */
function understandLoose(said: Utterance, clock?: Clock): Intent | undefined {
  // A list of lines on its own is a list of new tasks.
  // Under a heading of its own ("groceries:"), the heading names the list, not a task.
  if (said.listed) return parseAdd(withoutHeading(said), { explicit: false });
  const list = parseBareList(withoutHeading(said));
  if (list) return list;
  const ref = bareRef(said.lower);
  if (ref) return { kind: "select", ref };
  if (
    isBareTodo(said.lower) ||
    leadsWithPriority(said.lower) ||
    (clock && (isScheduledThing(said, clock) || isThingWithPriority(said, clock)))
  )
    return saidAgain(parseAdd(said, { explicit: false }));
  return undefined;
}

/**
 * A thing said without "add" may be a task said again, with a new detail ("urgent: X", "X by
 * friday") or with none ("fix the gate"): plan.ts (sameTaskAgain) looks for it first.
 */
function saidAgain(intent: AddIntent | undefined): AddIntent | undefined {
  return intent?.tasks.length === 1 ? { ...intent, again: true } : intent;
}

/**
 * "URGENT restock flea drops", "export the trailer asap!!": a thing to do with its priority
 * and nothing else, a new task, or the task of that title made urgent.
 */
function isThingWithPriority(said: Utterance, clock: Clock): boolean {
  if (QUESTION.test(said.lower) || outsideTopic(said) || TALK_LEAD.test(said.lower)) return false;
  const { title, details } = readDetails(said.text, clock);
  if (!details.priority || details.priority === "none" || details.due_date) return false;
  const words = title.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word));
  // "sort it out asap": a pronoun is no task's name.
  const lower = title.toLowerCase();
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    TASK_VERB_START.test(lower) &&
    !POINTS_BACK.test(lower)
  );
}

/** A question, or talk about something other than a task: never a scheduled thing. */
const QUESTION =
  /^(?:what|what's|whats|when|where|who|why|how|which|is|are|am|do|does|did|can|could|would|will|should|shall|any|anything)\b|\?\s*$/;

/**
 * "dentist appointment next tuesday at 9:30am", "team lunch friday": a thing with a day or
 * time of its own, and nothing else, reads as a new task (the day and time in their fields).
 */
function isScheduledThing(said: Utterance, clock: Clock): boolean {
  if (QUESTION.test(said.lower) || outsideTopic(said)) return false;
  const { title, details } = readDetails(said.text, clock);
  if (!details.due_date || details.recurrence) return false;
  const words = title.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word));
  return words.length >= 1 && words.length <= 5 && !TALK_LEAD.test(said.lower);
}

/** "see you tomorrow", "happy friday", "i'm free tomorrow": talk about a day, not a task. */
const TALK_LEAD =
  /^(?:i|i'm|im|i've|i'll|you|you're|we|we're|it|it's|its|that|this|he|she|they|see|happy|have|good|nice|great|busy|free|thanks|thank|hope|enjoy|wish|cheers|bye|lol|haha)\b/;

/** "is task 2 done?", "did I finish the report?": answered by showing the list with its checkmarks. */
const STATUS_QUESTIONS = [
  pattern`^(?:did|have|has)\s+(?:i|we)\s+(?:already\s+|actually\s+)?(?:finish|finished|complete|completed|do|done|did|check|checked)\b`,
  pattern`^(?:is|are|was|were|has|have)\s+.+\s+(?:been\s+)?(?:done|finished|completed|complete|checked off)(?:\s+yet|\s+already)?$`,
];

function isStatusQuestion(lower: string): boolean {
  return STATUS_QUESTIONS.some((question) => question.test(lower));
}

// Wishes that plainly name a command: a verb that is one, or a task named as such.
/** "check" alone starts tasks too ("I need to check bed 4"): a command only as "check off". */
const PLAIN_COMMAND_VERB = pattern`^(?:see|view|check off|know|mark|rename|add|create)\b`;
const NAMES_A_TASK = pattern`\b(?:tasks?\s*#?\d+|#\d+|from my list|off my list|on my list|the \w+ (?:task|one)|as (?:done|complete|completed|finished))\b`;

/**
 * "I need to …": a command only when it names one plainly (a task number, "my
 * tasks", "a task", "as done"), so "I need to finish the report" is a new task.
 */
function understandWish(said: Utterance): Intent {
  const command = understandCommand(said);
  const plain =
    command &&
    (command.kind === "list" ||
      command.kind === "add" ||
      PLAIN_COMMAND_VERB.test(said.lower) ||
      NAMES_A_TASK.test(said.lower));
  if (plain) return command;
  return parseAdd(said, { explicit: false }) ?? { kind: "unknown" };
}
