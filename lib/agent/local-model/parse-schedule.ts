/**
 * Messages about a task's schedule and details, and about taking a change back:
 * "move the dentist to thursday", "the call should be at 6 not 5", "make it urgent",
 * "no due date for the report", "what's due today?", "show my #work tasks", "eggs
 * aren't done actually", "oops, bring it back", "undo that". Dates are read in the
 * person's zone (task-details.ts); a date or a time is never taken for a new title.
 */
import type { Clock } from "./clock";
import { lexicon } from "./lexicon";
import { oneOf } from "./lexicon/compile";
import { en as words } from "./lexicon/schedule";
import { parseList, type StatusFilter } from "./parse-list";
import { parseRef, toNumber, type TaskRef } from "./references";
import { readDetails, readWhen, type Priority } from "./task-details";

/** Fields update_task takes beside title and description; `null` clears one. */
export type DetailChanges = Partial<{
  due_date: string | null;
  due_time: string | null;
  priority: Priority;
  tags: string[] | null;
  recurrence: string | null;
  completed: false;
}>;

export interface QueryFilter {
  status: StatusFilter;
  due?: "today" | "overdue" | "upcoming" | "none" | "any";
  priority?: Priority;
  tag?: string;
  query?: string;
  sort?: "number" | "due" | "priority" | "created" | "title";
  /** "what's due tomorrow?": the list's `upcoming`, narrowed to this day when answering. */
  day?: string;
}

export type ScheduleIntent =
  /**
   * A change of schedule or details; `addTags` are merged with the task's tags when planning.
   * `when`: the new date or time as said, for a title that holds a date of its own. `shift`:
   * days to move the task's own date by ("postpone it by a day"); planning reads the date.
   */
  | {
      kind: "schedule";
      ref?: TaskRef;
      changes: DetailChanges;
      addTags?: string[];
      when?: string;
      shift?: number;
    }
  | { kind: "query"; filter: QueryFilter }
  | { kind: "reopen"; ref?: TaskRef }
  | { kind: "restore"; ref?: TaskRef }
  | { kind: "undo" };

export function parseSchedule(lower: string, clock: Clock): ScheduleIntent | undefined {
  return (
    parseUndo(lower) ??
    parseRestore(lower) ??
    parseReopen(lower) ??
    parseQuery(lower, clock) ??
    parseClear(lower) ??
    parsePriorityChange(lower) ??
    parseTagChange(lower) ??
    parseRepeatChange(lower, clock) ??
    parseMove(lower, clock)
  );
}

/** "make the 4th one urgent", "move #3 to tuesday": a change of priority or date, nothing else. */
export function parseDetailChange(lower: string, clock: Clock): ScheduleIntent | undefined {
  return parsePriorityChange(lower) ?? parseMove(lower, clock);
}

const ref = (target: string | undefined): TaskRef | undefined =>
  target
    ? parseRef(target.replace(/^(?:the\s+)?(?:due date|date|time|deadline)\s+(?:of|for|on)\s+/, ""))
    : undefined;

// ── Undo, restore, reopen ───────────────────────────────────────────────────────────

const OOPS = String.raw`^(?:(?:oops|oh no|oh|whoops|wait|no|actually|sorry|ugh|argh|damn|dang|i need (?:that|it)(?: still)?|i still need (?:that|it))[,.!]*\s+)*`;
const UNDO = new RegExp(
  String.raw`${OOPS}(?:please\s+)?(?:${oneOf(words.undo)})(?:\s+(?:please|pls|that|it|those|these|them|both|the last (?:one|change|thing)|what you (?:just )?did))*[.!]*$`,
  "u",
);

function parseUndo(lower: string): ScheduleIntent | undefined {
  return UNDO.test(lower) ? { kind: "undo" } : undefined;
}

const RESTORE = new RegExp(
  String.raw`${OOPS}(?:please\s+|can you\s+|could you\s+)?(?:${oneOf(words.restore)})\b\s*(?<target>.*?)(?:\s+back)?(?:\s+please)?[.!]*$`,
  "u",
);
const RESTORE_DELETED =
  /^(?:oops,?\s+)?(?:i\s+)?(?:didn'?t mean to|shouldn'?t have) delete(?:d)? (?<target>.+?)[.!]*$/u;

/** "put it back", "put that back": a restore, though "put … on my list" is an add. */
export function parsePutBack(lower: string): ScheduleIntent | undefined {
  const restore = parseRestore(lower);
  return restore?.kind === "restore" &&
    !restore.ref &&
    /\bput\s+(?:it|that|this|them|those)(?:\s+one)?\s+back\b/u.test(lower)
    ? restore
    : undefined;
}

function parseRestore(lower: string): ScheduleIntent | undefined {
  const match = lower.match(RESTORE) ?? lower.match(RESTORE_DELETED);
  if (!match) return undefined;
  // "put it back, she hasn't paid yet": a clause after a comma is why, not which task.
  const target = (match.groups?.target ?? "")
    .replace(/^(?:(?:pls|please)\s*)?[,;:—-].*$/su, "")
    .replace(/^(?:the\s+)?deleted\s+/, "")
    .trim();
  return {
    kind: "restore",
    ref: target && !/^(?:it|that|this)$/.test(target) ? ref(target) : undefined,
  };
}

const NOT_DONE = oneOf(words.notDone);
const REOPEN = [
  new RegExp(
    String.raw`^(?:mark|set|make)\s+(?<target>.+?)\s+(?:as\s+)?(?:not done|undone|not complete|not completed|incomplete|unfinished|pending|open|to do)\b`,
    "u",
  ),
  new RegExp(
    String.raw`^(?:reopen|re-open|uncheck|untick|uncomplete|un-complete)\s+(?<target>.+?)[.!]*$`,
    "u",
  ),
  new RegExp(
    String.raw`^(?<target>.+?)\s+(?:${NOT_DONE})(?:\s+(?:yet|actually|after all|anymore|any more))*[.!]*$`,
    "u",
  ),
  new RegExp(
    String.raw`^(?:i\s+)?(?:didn'?t|did not|haven'?t|have not)\s+(?:actually\s+)?(?:finish|finished|do|done|complete|completed)\s+(?<target>.+?)(?:\s+(?:yet|actually|after all))*[.!]*$`,
    "u",
  ),
];

/** "what's not done yet" asks for a list; "is it done?" is a question, not a reopening. */
const NOT_A_TARGET =
  /^(?:what|whats|what's|which|anything|everything|all|is|are|how|why|who)\b|[:?]/u;

/** "call mom isn't done, she didn't pick up": a reopening read from one clause of a message. */
export function parseReopening(said: string): ScheduleIntent | undefined {
  return parseReopen(said);
}

function parseReopen(said: string): ScheduleIntent | undefined {
  // "eggs aren't done yet, undo that": the undo names the reopening.
  const lower = said
    .replace(new RegExp(OOPS, "u"), "")
    .replace(/\s+actually\b/gu, "")
    .replace(/\s*[,.;]?\s*(?:so\s+|please\s+)?(?:undo|revert)(?:\s+(?:that|it))?\s*[.!]*$/u, "");
  for (const frame of REOPEN) {
    const target = lower
      .match(frame)
      ?.groups?.target?.replace(/^(it|that|this|they)(?:'s|'re| is| are)$/u, "$1");
    if (target && !NOT_A_TARGET.test(target))
      return { kind: "reopen", ref: ref(target.replace(/\s+(?:is|are|was|were)$/, "")) };
  }
  return undefined;
}

// ── Queries ─────────────────────────────────────────────────────────────────────────

const ASKS =
  /^(?:(?:ok|okay|and|so|now|just|only|then)\s+)*(?:the\s+)?(?:what|whats|what's|which|show|list|any|anything|is there|are there|is anything|are any|do i|have i|give me|get|display|see|tell me|my|all|tasks?|todos?|due|overdue|upcoming|sort|order|filter|(?:high|top|urgent|important|low)(?:[- ]priority)?\s+(?:tasks|ones|items|stuff|todos)\b)\b/u;
const DUE_WORDS: [RegExp, QueryFilter["due"]][] = [
  [/\b(?:overdue|past due|late|missed|behind)\b/u, "overdue"],
  [
    /\b(?:no|without(?: a)?|with no|missing)\s+(?:due\s+)?(?:date|deadline)s?\b|\bundated\b/u,
    "none",
  ],
  [/\b(?:today|tonight|today's|todays)\b/u, "today"],
  [
    /\b(?:this week|next 7 days|next seven days|next few days|coming up|upcoming|the week|(?:this|the) weekend)\b/u,
    "upcoming",
  ],
  [/\btomorrow(?:'s)?\b/u, "upcoming"],
];
const PRIORITY_ASK =
  /\b(?:(?<level>high|top|urgent|important|low|medium)(?:[- ]priority)?\s+(?:tasks?|ones|items|stuff|todos?)|(?<level2>high|low|medium)[- ]priority\b|\b(?<urgent>urgent|important)\b)/u;
const TAG_ASK =
  /(?:#(?<hash>[\p{L}\p{N}][\p{L}\p{N}_-]*)|\b(?:tagged|tag|label(?:led)?|labeled)\s+(?:as\s+|with\s+)?(?<word>[\p{L}\p{N}][\p{L}\p{N}_-]*))/u;
const SEARCH = new RegExp(
  String.raw`^(?:(?:can you|please)\s+)?(?:${oneOf(words.search)})\s+(?:(?:my\s+)?(?:tasks?|todos?|items?)\s+)?(?:(?:for|about|with|containing|mentioning|that mention|named|called)\s+)?(?<query>.+?)[?.!]*$`,
  "u",
);
const ABOUT =
  /^(?:do i have|is there|are there|any|anything)\s+(?:any(?:thing)?\s+)?(?:tasks?\s+|todos?\s+)?(?:about|with|mentioning|containing)\s+(?<query>.+?)[?.!]*$/u;
const SORT =
  /\b(?:sort(?:ed)?|order(?:ed)?|arrange(?:d)?|list(?:ed)?|show)\b.*?\bby\s+(?<key>due date|due|date|deadline|priority|importance|title|name|alphabetically|created|creation|age|number)\b|\balphabetically\b/u;
const SORT_KEYS: Record<string, QueryFilter["sort"]> = {
  "due date": "due",
  due: "due",
  date: "due",
  deadline: "due",
  priority: "priority",
  importance: "priority",
  title: "title",
  name: "title",
  alphabetically: "title",
  created: "created",
  creation: "created",
  age: "created",
  number: "number",
};

/** "tmrw", "2moro", "tonite": a day typed short, read as the day it is ("anything due tmrw?"). */
const SHORT_DAY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${oneOf(Object.keys(words.dateShorthand))})(?![\p{L}\p{N}])`,
  "gu",
);

function parseQuery(said: string, clock: Clock): ScheduleIntent | undefined {
  const lower = said.replace(SHORT_DAY, (short) => words.dateShorthand[short] ?? short);
  const text = lower.replace(/[?!.]+$/, "").trim();
  const search = text.match(SEARCH) ?? text.match(ABOUT);
  if (search?.groups?.query && !/^(?:task|tasks|todo)s?$/.test(search.groups.query)) {
    return {
      kind: "query",
      filter: { status: "all", query: search.groups.query.replace(/^["']|["']$/g, "") },
    };
  }
  if (!ASKS.test(text) && !/\?$/.test(lower)) return undefined;
  const filter: QueryFilter = { status: parseList(text)?.status ?? "all" };
  let found = false;
  const sort = text.match(SORT);
  if (sort) {
    filter.sort = SORT_KEYS[sort.groups?.key ?? "alphabetically"] ?? "title";
    found = true;
  }
  for (const [words, due] of DUE_WORDS) {
    if (!words.test(text)) continue;
    // "what's due today" reads the pending list; "what did I finish today" stays a plain list.
    if (
      !/\b(?:due|overdue|late|deadline|scheduled|planned|on|left|have|got|for|tasks?|todos?|anything|what|whats)\b/u.test(
        text,
      )
    )
      continue;
    if (/\b(?:finish|finished|did|done|completed)\b/u.test(text) && due !== "overdue") continue;
    filter.due = due;
    if (/\btomorrow/u.test(text)) filter.day = readWhen("tomorrow", clock).date;
    if (filter.status === "all" && !/\ball\b/u.test(text)) filter.status = "pending";
    found = true;
    break;
  }
  const level = text.match(PRIORITY_ASK);
  if (
    level &&
    /\b(?:show|list|what|whats|which|any|anything|my|tasks?|ones|items|stuff)\b/u.test(text)
  ) {
    const word = level.groups?.level ?? level.groups?.level2 ?? level.groups?.urgent ?? "";
    filter.priority = word === "low" ? "low" : word === "medium" ? "medium" : "high";
    found = true;
  }
  const tag = text.match(TAG_ASK);
  const tagName = tag?.groups?.hash ?? tag?.groups?.word;
  if (tagName && !/^\d+$/.test(tagName)) {
    filter.tag = tagName;
    found = true;
  }
  return found ? { kind: "query", filter } : undefined;
}

// ── Changes to one task ─────────────────────────────────────────────────────────────

const FIELD = {
  due: /^(?:due date|due|date|deadline|due day)s?$/,
  time: /^(?:due time|time)s?$/,
  priority: /^priority$/,
  tags: /^(?:tags?|labels?)$/,
  recurrence: /^(?:repeat|repeats|recurrence|repetition)$/,
} as const;
const FIELD_WORDS = String.raw`due dates?|due date|due times?|deadlines?|dates?|times?|priority|tags?|labels?|repeats?|recurrence|repetition`;
const CLEAR = [
  new RegExp(
    String.raw`^(?:there(?:'s| is)\s+)?no\s+(?:more\s+)?(?<field>${FIELD_WORDS})\s+(?:for|on)\s+(?<target>.+?)(?:\s+anymore)?[.!]*$`,
    "u",
  ),
  new RegExp(
    String.raw`^(?:remove|clear|drop|delete|take off|get rid of|unset)\s+(?:the\s+)?(?<field>${FIELD_WORDS})\s+(?:from|of|for|on)\s+(?<target>.+?)[.!]*$`,
    "u",
  ),
  new RegExp(
    String.raw`^(?:remove|clear|drop|delete|take off|unset)\s+(?<target>.+?)(?:'s|s')\s+(?<field>${FIELD_WORDS})[.!]*$`,
    "u",
  ),
  new RegExp(
    String.raw`^(?<target>.+?)\s+(?:has|have|needs|need)\s+no\s+(?<field>${FIELD_WORDS})(?:\s+anymore)?[.!]*$`,
    "u",
  ),
  new RegExp(
    String.raw`^(?<target>.+?)\s+(?:doesn'?t|does not|don'?t|do not)\s+(?<verb>need a (?:due date|deadline|date|time)|repeat|recur)(?:\s+anymore|\s+any more)?[.!]*$`,
    "u",
  ),
  new RegExp(
    String.raw`^(?:stop repeating|don'?t repeat|no longer repeat)\s+(?<target>.+?)[.!]*$`,
    "u",
  ),
];

function parseClear(lower: string): ScheduleIntent | undefined {
  for (const frame of CLEAR) {
    const groups = lower.match(frame)?.groups;
    if (!groups) continue;
    const field = (groups.field ?? groups.verb ?? "repeat").replace(/^need a /, "");
    const changes: DetailChanges = {};
    if (FIELD.time.test(field)) changes.due_time = null;
    else if (FIELD.priority.test(field)) changes.priority = "none";
    else if (FIELD.tags.test(field)) changes.tags = null;
    else if (/^(?:repeat|recur|repeats|recurrence|repetition)$/.test(field))
      changes.recurrence = null;
    else Object.assign(changes, { due_date: null, due_time: null, recurrence: null });
    return { kind: "schedule", ref: ref(groups.target), changes };
  }
  return undefined;
}

const LEVEL = String.raw`(?<level>${[
  ...words.priority.high,
  ...words.priority.medium,
  ...words.priority.low,
  ...words.priority.none,
  "high",
  "low",
  "medium",
]
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .sort((a, b) => b.length - a.length)
  .join("|")})`;
const PRIORITY_CHANGE = [
  new RegExp(
    // "bump it to high priority", "and raise the rent one to urgent".
    String.raw`^(?:(?:and|also)\s+)?(?:make|mark|set|flag|change|bump|raise|lower|drop|upgrade|downgrade|switch|put)\s+(?<target>.+?)\s+(?:as\s+|to\s+|up to\s+|down to\s+)?(?:a\s+)?${LEVEL}(?:\s+priority)?[.!]*$`,
    "u",
  ),
  new RegExp(
    String.raw`^(?:set|change|make)\s+(?:the\s+)?priority\s+(?:of|for|on)\s+(?<target>.+?)\s+(?:to\s+)?${LEVEL}[.!]*$`,
    "u",
  ),
  new RegExp(
    // "that one's urgent": the short "'s" too.
    String.raw`^(?:give\s+)?(?<target>.+?)(?:\s+(?:is|are|should be|has|gets?)|'s)\s+(?:a\s+)?${LEVEL}(?:\s+priority)?(?:\s+now)?[.!]*$`,
    "u",
  ),
  new RegExp(String.raw`^(?:${LEVEL})\s+(?:for|on)\s+(?<target>.+?)[.!]*$`, "u"),
  // "the birthing kit restock is now urgent": a level the task has from now on.
  new RegExp(
    String.raw`^(?<target>.+?)(?:\s+(?:is|are)|'s)\s+now\s+(?:a\s+)?${LEVEL}(?:\s+priority)?[.!]*$`,
    "u",
  ),
];
const { raise, lower: lowerVerbs } = words.priorityMoves;
/** Task words with no time after them: "bump up the meeting to 3pm" is a move, not a priority. */
const NO_WHEN = String.raw`(?:(?!\s(?:to|till|until|for|on|at|by)\s).)+?`;
/**
 * A priority moved with no level said: "bump the edit up, they're chasing" raises it,
 * "lower priority on the meera reply" and "the van door isn't urgent anymore" lower it.
 * The reason after a comma is talk, not part of the task's name.
 */
const PRIORITY_MOVES: [RegExp, Priority][] = [
  [
    new RegExp(
      String.raw`^(?:${oneOf(raise)})\s+(?:up\s+)?(?<target>${NO_WHEN})\s+up(?:\s+(?:the|my)\s+list)?(?:\s*[,;]\s*.*|[.!]*)$`,
      "u",
    ),
    "high",
  ],
  [
    new RegExp(
      String.raw`^(?:${oneOf(raise)})\s+up\s+(?<target>${NO_WHEN})(?:\s*[,;]\s*.*|[.!]*)$`,
      "u",
    ),
    "high",
  ],
  [
    new RegExp(
      String.raw`^(?:${oneOf(lowerVerbs)})\s+(?:the\s+)?priority\s+(?:on|of|for)\s+(?<target>.+?)(?:\s*[,;]\s*.*|[.!]*)$`,
      "u",
    ),
    "low",
  ],
  [
    new RegExp(
      String.raw`^(?<target>.+?)\s+(?:isn't|isnt|is not|aren't|arent|are not)\s+(?:that\s+|so\s+)?(?:urgent|important|a priority)\s+(?:any\s?more|now)[.!]*$`,
      "u",
    ),
    "low",
  ],
];
/** "flag it", "and star the caterer one": a flag with no level said is the high one. */
const FLAG =
  /^(?:(?:and|also)\s+)?(?:flag|star)\s+(?<target>.+?)(?:\s+(?:as\s+)?(?:important|urgent))?(?:\s+(?:please|pls|too|as well))?[.!]*$/u;

function priorityOf(level: string): Priority {
  const word = level.toLowerCase();
  if (word === "high" || words.priority.high.includes(word)) return "high";
  if (word === "medium" || words.priority.medium.includes(word)) return "medium";
  if (word === "low" || words.priority.low.includes(word)) return "low";
  return "none";
}

function parsePriorityChange(lower: string): ScheduleIntent | undefined {
  for (const frame of PRIORITY_CHANGE) {
    const groups = lower.match(frame)?.groups;
    if (groups?.target && groups.level && !/\b(?:done|complete|completed)\b/.test(groups.target)) {
      return {
        kind: "schedule",
        ref: ref(groups.target),
        changes: { priority: priorityOf(groups.level) },
      };
    }
  }
  for (const [frame, priority] of PRIORITY_MOVES) {
    const target = ref(lower.match(frame)?.groups?.target);
    if (target) return { kind: "schedule", ref: target, changes: { priority } };
  }
  const flagged = lower.match(FLAG)?.groups?.target;
  const target = flagged ? ref(flagged) : undefined;
  return target ? { kind: "schedule", ref: target, changes: { priority: "high" } } : undefined;
}

const TAG_CHANGE =
  /^(?:tag|label)\s+(?<target>.+?)\s+(?:as|with)\s+#?(?<tags>[\p{L}\p{N}][\p{L}\p{N}_-]*(?:(?:\s*,\s*|\s+and\s+)#?[\p{L}\p{N}][\p{L}\p{N}_-]*)*)[.!]*$/u;
const TAG_IT =
  /^(?:tag|label)\s+(?<target>it|that|this|them)\s+(?:as\s+|with\s+)?#?(?<tags>[\p{L}\p{N}][\p{L}\p{N}_-]*)[.!]*$/u;
/** "add the tag work to task 2", "add #council to the planning application" (not "to my list"). */
const ADD_TAG =
  /^add\s+(?:the\s+)?(?:(?:tag|label)\s+#?|#)(?<tags>[\p{L}\p{N}][\p{L}\p{N}_-]*)\s+to\s+(?!(?:my\s+|the\s+|your\s+)?(?:list|to-?do|tasks)\b)(?<target>.+?)[.!]*$/u;

/** A tag added to a task with "add": read before adds, so "add #x to Y" never adds a task. */
export function parseAddTag(lower: string): ScheduleIntent | undefined {
  return ADD_TAG.test(lower) ? parseTagChange(lower) : undefined;
}

function parseTagChange(lower: string): ScheduleIntent | undefined {
  const groups = (lower.match(TAG_IT) ?? lower.match(TAG_CHANGE) ?? lower.match(ADD_TAG))?.groups;
  if (!groups?.target || !groups.tags) return undefined;
  const addTags = groups.tags.split(/\s*,\s*|\s+and\s+/).map((t) => t.replace(/^#/, ""));
  return { kind: "schedule", ref: ref(groups.target), changes: {}, addTags };
}

const REPEAT_CHANGE =
  /^(?:make\s+)?(?<target>.+?)\s+(?:should\s+)?(?:repeat|repeats|recur|recurs|recurring|happen|happens)\s+(?<rule>.+?)[.!]*$/u;

function parseRepeatChange(lower: string, clock: Clock): ScheduleIntent | undefined {
  const groups = lower.match(REPEAT_CHANGE)?.groups;
  if (!groups?.target || !groups.rule) return undefined;
  const { title, details } = readDetails(groups.rule, clock);
  if (!details.recurrence || title) return undefined;
  const changes: DetailChanges = { recurrence: details.recurrence };
  if (details.due_date) changes.due_date = details.due_date;
  if (details.due_time) changes.due_time = details.due_time;
  return { kind: "schedule", ref: ref(groups.target), changes };
}

const MOVE = oneOf(words.move);
const MOVES = [
  // "make that tomorrow at 9": a pointing word, then all the rest is when ("at 9" is no target).
  new RegExp(
    String.raw`^(?:${MOVE})\s+(?<target>it|that|this|them|that one|this one)\s+(?:to\s+|for\s+)?(?<when>.+?)[.!]*$`,
    "u",
  ),
  // "move the dentist to thursday", "push it back to next week", "reschedule the call for 3pm"
  new RegExp(
    String.raw`^(?:${MOVE})\s+(?<target>.+?)\s+(?:back\s+|forward\s+|up\s+|over\s+|off\s+)?(?:to|till|until|for|on|at|into)\s+(?<when>.+?)[.!]*$`,
    "u",
  ),
  // "the dentist moved to friday", "standup's been pushed back to 10": a move told as news;
  // "the pension thing should be preponed to friday": or wished for.
  new RegExp(
    String.raw`^(?<target>.+?)(?:\s+(?:has been|have been|was|were|got|is|are|should be|must be|needs to be|need to be|has to be|can be|could be|to be)|'s been|'s)?\s+(?:moved|pushed|rescheduled|postponed|preponed|bumped|shifted|delayed|brought)(?:\s+(?:back|forward|up|over|ahead))?\s+(?:to|till|until|for|on|at)\s+(?<when>.+?)[.!]*$`,
    "u",
  ),
  // "push the report back a day"… not read; "move it to" covers most; "reschedule it tomorrow"
  new RegExp(
    String.raw`^(?:reschedule|postpone|push|move|delay|bump)\s+(?<target>it|that|this|them|the .+?|task\s*#?\d+|#\d+)\s+(?<when>(?:tomorrow|today|tonight|next|this|in)\b.*?)[.!]*$`,
    "u",
  ),
  // "the call should be at 6 not 5", "the dentist is on friday now", "it's due monday",
  // "reel 3 needs to be done by monday", "2nd one needs doing by friday" (British "needs doing")
  new RegExp(
    String.raw`^(?<target>.+?)(?:\s+|(?='))(?:should be|is|are|'re|was supposed to be|were supposed to be|needs to be|need to be|has to be|have to be|must be|will be|'s|is actually|is now|are now|can wait|can be done|can go|could go|should go|will go|goes|(?:needs? to|has to|have to|must|should|will) be (?:done|finished|completed|ready|sorted|sent|submitted|in)|(?:needs?|wants?) (?:doing|finishing|sorting|sending|done))\s+(?:due\s+)?(?<when>(?:at|on|due|for|by|until|till|tomorrow|today|tonight|next|this|in)\b.+?)(?:\s*,?\s*not\s+.+?)?(?:\s+(?:instead|now|actually))?[.!]*$`,
    "u",
  ),
  // "kids at 3:30 not 3": a time said with the one it replaces is a move, not a new task.
  new RegExp(
    String.raw`^(?<target>.+?)\s+(?<when>(?:at|on)\s+\S+(?:\s+(?:am|pm))?)\s*,?\s*not\s+(?:at\s+|on\s+)?\S+(?:\s+(?:am|pm))?[.!]*$`,
    "u",
  ),
  // "make the call 6pm instead of 5", "change it to 6pm", "make the khan tuning 4pm instead":
  // the task and its new time, split where the rest is nothing but a date or a time.
  new RegExp(
    String.raw`^(?:make|change|set|switch)\s+(?<both>.+?)(?:\s+instead(?:\s+of\s+(?<was>.+))?)?[.!]*$`,
    "u",
  ),
  // "due friday for the report"
  new RegExp(String.raw`^due\s+(?<when>.+?)\s+for\s+(?<target>.+?)[.!]*$`, "u"),
  // "bring the expense report forward to friday": "bring" moves a task only with "forward".
  new RegExp(
    String.raw`^(?:bring|pull)\s+(?<target>.+?)\s+(?:forward|earlier|ahead)\s+(?:to|till|until|for|on)\s+(?<when>.+?)[.!]*$`,
    "u",
  ),
];
/**
 * "put the last one on friday at 11am", "put #3 on monday": "put" moves a task pointed at by
 * place, number or pronoun; "put the bins out on monday" stays a thing to do.
 */
const PUT_ON = /^put\s+(?<target>.+?)\s+(?:on|for|to)\s+(?<when>.+?)[.!]*$/u;
const POINTED = new Set(["numbers", "position", "positions", "pronoun"]);

/**
 * "postpone it by a day", "push the dentist back two days", "prepone the demo by a day": a
 * move by some days from the task's own date, not from today.
 */
const SHIFT = new RegExp(
  String.raw`^(?<verb>${MOVE})\s+(?<target>.+?)\s+(?:(?:back|forward|ahead|up|out|over)\s+)?(?:by\s+)?(?<count>a|an|\d+|${oneOf(Object.keys(lexicon.references.numbers))})\s+(?<unit>days?|weeks?)(?:\s+(?<way>later|earlier|more|ahead|back|before|after))?[.!]*$`,
  "u",
);
const EARLIER = /^(?:prepone|pre-pone|bring forward|move up)$|^(?:earlier|before)$/u;

function parseShift(lower: string): ScheduleIntent | undefined {
  const found = lower.match(SHIFT)?.groups;
  const target = found && ref(found.target);
  if (!found || !target || NOT_A_TARGET.test(found.target!)) return undefined;
  const days =
    (/^an?$/.test(found.count!) ? 1 : toNumber(found.count!)) *
    (found.unit!.startsWith("week") ? 7 : 1);
  const earlier = EARLIER.test(found.verb!) || EARLIER.test(found.way ?? "");
  return { kind: "schedule", ref: target, changes: {}, shift: earlier ? -days : days };
}

function parseMove(lower: string, clock: Clock): ScheduleIntent | undefined {
  if (/^add\b/u.test(lower)) return undefined;
  const shifted = parseShift(lower);
  if (shifted) return shifted;
  const put = lower.match(PUT_ON)?.groups;
  const putRef = put && ref(put.target);
  const putWhen = put && whenChanges(put.when!, clock);
  if (putRef && POINTED.has(putRef.kind) && putWhen)
    return { kind: "schedule", ref: putRef, changes: putWhen, when: put.when!.trim() };
  for (const frame of MOVES) {
    const found = lower.match(frame)?.groups;
    const groups = found?.both ? splitWhen(found.both, clock, found.was) : found;
    if (!groups?.target || !groups.when || NOT_A_TARGET.test(groups.target)) continue;
    const changes = whenChanges(groups.when.replace(/\s*,?\s*not\s+.+$/, ""), clock);
    if (!changes) continue;
    const target = groups.target.replace(/(?:'s)?\s+(?:due date|date|time|deadline)$/, "");
    const parsed = ref(
      target.replace(/^(?:the\s+)?(?:due date|date|time|deadline)\s+(?:of|for|on)\s+/, ""),
    );
    if (parsed) return { kind: "schedule", ref: parsed, changes, when: groups.when.trim() };
  }
  return undefined;
}

const POINTING = /^(?:it|that|this|them)$/u;
const NAMED_FIELD = new RegExp(
  String.raw`\b(?:${oneOf([...lexicon.fields.description, ...lexicon.fields.title, ...lexicon.fields.wording])})\b`,
  "u",
);
const JOINED = /\s(?:and|&)\s/u;

/**
 * "the call 6pm" → the call, 6pm: the shortest task words whose rest is all a when. Not when
 * a field is named ("task 3's description to due on the 5th" is a new description) or details
 * are joined ("it high priority and due monday" is read whole elsewhere).
 */
function splitWhen(
  both: string,
  clock: Clock,
  was?: string,
): { target: string; when: string } | undefined {
  if (NAMED_FIELD.test(both) || JOINED.test(both)) return undefined;
  // "change task 2 to print worksheets for class 6": after "to" comes the whole new value.
  const to = both.match(/^(?<target>.+?)\s+to\s+(?<when>.+)$/u)?.groups;
  if (to) return whenChanges(to.when!, clock) ? { target: to.target!, when: to.when! } : undefined;
  const words = both.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const when = words.slice(i).join(" ");
    // A bare number ("class 6") is part of the task's name, not a time; after a pronoun and
    // instead of another time ("make it 6 instead of 5") it is the hour ("make it 6" alone may
    // be six eggs).
    const pointed = i === 1 && POINTING.test(words[0]!) && !!was && !!whenChanges(was, clock);
    if ((pointed || !/^\d+$/.test(when)) && whenChanges(when, clock))
      return { target: words.slice(0, i).join(" "), when };
  }
  return undefined;
}

/** "thursday" → a date; "6pm" or "6" → a time; "next week" → a date: only when the words are nothing but that. */
export function whenChanges(text: string, clock: Clock): DetailChanges | undefined {
  const bare = text.trim().match(/^(?:at\s+)?(\d{1,2})(?::(\d{2}))?$/);
  const when = readWhen(bare ? `at ${bare[1]}${bare[2] ? `:${bare[2]}` : ""}` : text, clock);
  if (when.rest.replace(/\b(?:the|instead|please|pls|now|then|o'?clock)\b/g, "").trim())
    return undefined;
  if (!when.date && !when.time) return undefined;
  const changes: DetailChanges = {};
  const timeOnly = when.time && !when.dateSaid;
  if (!timeOnly && when.date) changes.due_date = when.date;
  if (when.time) changes.due_time = when.time;
  return changes;
}

const PRIORITY_LEAD = new RegExp(
  String.raw`^(?:${oneOf([...words.priority.high, ...words.priority.medium, ...words.priority.low])})\s*[:\-–—]\s*\S`,
  "u",
);

/** "high priority: finish the report", "urgent: pay rent": a new task led by its priority. */
export function leadsWithPriority(lower: string): boolean {
  return PRIORITY_LEAD.test(lower);
}
