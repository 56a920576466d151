import { readWhen, type ReadDetails } from "./task-details";
import { findDueDate, findPriority } from "./dates";
import { lexicon } from "./lexicon";
import { oneOf, pattern, patternWith, source } from "./lexicon/compile";
import type { Utterance } from "./normalize";
import { namesAThing } from "./parse-thing";

export interface NewTask {
  title: string;
  description?: string;
  /** Parsed from the title's own words ("by Friday"); the title keeps them too. */
  dueAt?: string;
  priority?: "low" | "medium" | "high";
  /** Asked for as a reminder ("remind me at 5 to …"): remind at its due time. */
  remind?: boolean;
  /**
   * The title without its details, and the details, when the language's own frames read
   * them (Urdu: dates-ur.ts); otherwise add_task reads the title's English words.
   */
  read?: ReadDetails;
  /**
   * An item of a list ("1. sunday lunch booking\n2. call dad friday"): only a date at its end
   * is its date; date words before that are words of its title.
   */
  whenLast?: boolean;
}

const { verbs, taskNouns, listNouns, determiners } = lexicon;
const TASK_NOUN = source`(?:${[...taskNouns.singular, ...taskNouns.plural]})`;

/**
 * A bare to-do ("buy milk", "call the bank"): a task verb and its object. Verbs that
 * also start ordinary requests ("tell me a joke", "write me a poem") are left out.
 */
const BARE_TODO = pattern`^${verbs.bareTodo}\s+(?!me\b)\S`;

/** "get the spectacles repaired", "have the carpets cleaned": a thing to have done by someone. */
const CAUSATIVE_TODO = pattern`^(?:get|have)\s+(?:${determiners}|my|our|his|her|their)\s+(?:[a-z'-]+\s+){0,4}[a-z]+(?:ed|en)$`;

export function isBareTodo(lower: string): boolean {
  return BARE_TODO.test(lower) || CAUSATIVE_TODO.test(lower);
}

const PHRASAL = verbs.bareTodo.filter((verb) =>
  lexicon.particles.includes(verb.split(" ")[1] ?? ""),
);
const PHRASAL_ERRAND = pattern`^(?:${PHRASAL})\s+\S`;
const NAMES_THE_LIST = pattern`\b(?:${[...listNouns, ...taskNouns.singular]}|#?\d+)\b`;

/**
 * "drop off the parcel", "take out the trash": an errand whose verb holds a delete verb
 * ("drop", "take out"); a deletion only when it names the list or a task ("take out task 2").
 */
export function isPhrasalErrand(lower: string): boolean {
  return PHRASAL_ERRAND.test(lower) && !NAMES_THE_LIST.test(lower);
}

/** The verbs and frames that announce a new task. */
const ADD_VERB = [
  source`${verbs.create}(?:\s+${determiners})*\s+(?:new\s+)?${TASK_NOUN}\b`,
  // "add to my list: X" names the list, then the task.
  source`(?:add|put|write|jot down|jot|note down)\s+(?:to|on|onto|in)\s+(?:my|the)\s+(?:[\w-]+\s+)?list\s*[:\-–—]`,
  source`${verbs.add}`,
  source`(?:new|another|one more)\s+${TASK_NOUN}\b`,
  // "new one: dentist appt", "another one - call the bank", "neither, a new one: …".
  source`(?:(?:a|an)\s+)?(?:new|another|one more)(?:\s+one)?\s*[:\-–—]`,
  // "quick one - pay the maid" ("quick" is a filler, read before), "one more thing, call …".
  source`(?:one|thing)\s*[:\-–—]`,
  source`(?:one more|another|last)\s+(?:one|thing)\s*[:\-–—,]`,
  source`note to self`,
  source`(?:set|create|make)(?:\s+(?:a|me a))?\s+reminder\b(?:\s+(?:to|for|about))?`,
  source`remind me(?:\s+(?:to|about|abt|that i (?:need|have|must|should) to|that i should|that i must|of))?`,
  source`(?:please\s+)?(?:remember|don't (?:let me )?forget|dont (?:let me )?forget|do not (?:let me )?forget|help me remember|i shouldn't forget|make sure i)(?:\s+(?:to|about|that i (?:need|have) to))?`,
  source`(?:i\s+)?(?:need|have|want|must|should) to remember(?:\s+to)?`,
  source`(?:note to self|reminder|todo|to-do|to do|task|new task|add task)\s*[:\-–—]`,
  source`(?:todo|to-do)(?!\s+list)`,
  source`\+`,
  // "need eggs", "we're out of sugar": the thing needed is the task ("need to …" is a wish).
  source`(?:(?:i|we)\s+)?(?:need|(?:we're|we are|i'm|i am|are)\s+out\s+of|out\s+of|running\s+(?:low|out)\s+(?:on|of)|low\s+on)(?=\s)(?!\s+(?:to|2|help|you|u|me|it|that|this|them)\b)`,
].join("|");
const ADD_START = pattern`^(?:${ADD_VERB})(?=[\s:,\-–—]|$)[\s:,\-–—]*`;
const { ordinals, last: LAST, pronouns, pluralPronouns } = lexicon.references;
/**
 * "make task 2 say …", "put the last one on friday", "put the one i just added on monday" name
 * an existing task: an edit.
 */
const NAMES_A_TASK = pattern`^\w+\s+(?:(?:task|todo|item)\s*#?\s*\d+|#\d+|the\s+(?:${[...Object.keys(ordinals), ...LAST]}|\d+(?:st|nd|rd|th))\s+(?:one|task|item)\b)|^(?!add\b)\w+\s+(?:${[...pronouns, ...pluralPronouns]})\s+(?:on|to|for|till|until|by)\s`;
/** "remind me …", "set a reminder …": the person wants to be reminded, not only a task. */
const ASKS_TO_BE_REMINDED = pattern`^(?:remind me|(?:set|create|make)(?:\s+(?:a|me a))?\s+reminder)\b`;
/** "remind me what's pending" asks for the list. */
const ASKS_FOR_LIST = pattern`^remind me (?:what|which|how many|of (?:my|the) (?:tasks|list))\b`;
/** "add a description to task 2" and "add milk to task 3" are edits, not new tasks. */
const ADDS_A_NOTE = pattern`^add\s+(?:a\s+|the\s+|some\s+)?(?:description|details?|notes?)\b`;

const LIST_NOUN = oneOf(listNouns);
/** "put X on my list", "X needs to go on my list". */
const ON_MY_LIST = patternWith(
  "i",
)`\s+(?:to|on|onto|in|into|for|at)\s+(?:my|the|our|your)\s+(?:[\w-]+\s+)?${LIST_NOUN}(?:\s+(?:too|as well|also))?$`;
const AS_A_TASK = patternWith("i")`\s+as\s+(?:a|an|one)\s+(?:new\s+)?${taskNouns.singular}$`;
const PUT_ON_LIST = pattern`^${verbs.putOn}\s+(?<title>.+?)\s+(?:on|onto|in|into|to)\s+(?:my|the|our)\s+(?:[\w-]+\s+)?${LIST_NOUN}\b`;

/** "remind me to buy milk and call mom": two deeds, two tasks; "… buy milk and eggs": one. */
const REMINDER_FRAME = patternWith(
  "i",
)`^(?:remind me|remember|don't|dont|do not|help me|make sure|i )`;
/** Frames whose singular noun promises one task: no list split ("a task to buy milk and eggs"). */
const SINGULAR_FRAME = patternWith(
  "i",
)`^(?:(?:a|an|one|another|new|the)\s+)+(?:new\s+)?${taskNouns.singular}\b|^remind me\b|^(?:remember|don't|dont|do not|help me|make sure|i )`;
const PLURAL_FRAME = patternWith(
  "i",
)`^(?:(?:some|these|the following|following|more|new|multiple|several|a few|few|\d+|two|three|four|five)\s+)*(?:new\s+)?${[...taskNouns.plural, "things"]}\b|^(?:these|the following|following)\b|^(?:all|each) of (?:these|them)\b`;
const STARTS_WITH_ADD = pattern`^add\b`;
const CREATE_VERB = pattern`^${verbs.create}\s+`;

/**
 * A new-task request. `explicit`: the message must start with an add frame; else
 * (a wish, "I need to call mom") the whole message is the task.
 */
export function parseAdd(said: Utterance, options: { explicit: boolean }): AddIntent | undefined {
  let text = said.text;
  let lower = said.lower;
  if (options.explicit) {
    const put = putOnList(text, lower);
    if (put) return put;
    const start = lower.match(ADD_START);
    if (!start) return undefined;
    if (NAMES_A_TASK.test(lower) || ASKS_FOR_LIST.test(lower) || ADDS_A_NOTE.test(lower))
      return undefined;
    const frame = lower.slice(0, start[0].length);
    text = text.slice(start[0].length);
    lower = lower.slice(start[0].length);
    const intent = buildAdd(text, lower, said.listed ? "lines" : frameKind(frame, lower));
    if (intent && ASKS_TO_BE_REMINDED.test(frame)) {
      for (const task of intent.tasks) task.remind = true;
    }
    return intent;
  }
  return buildAdd(text, lower, said.listed ? "lines" : "reminder");
}

/**
 * "sugar, tea, biscuits", "milk, eggs, call dad": a list with no add verb, each item a
 * thing or a deed, is a list of new tasks (two at least).
 */
export function parseBareList(said: Utterance): AddIntent | undefined {
  const items = splitItems(said.text, false);
  if (items.length < 2) return undefined;
  if (!items.every((item) => ACTION.test(item) || VERB_SHAPED.test(item) || namesAThing(item)))
    return undefined;
  return buildAdd(said.text, said.lower, "open");
}

/**
 * singular: one task; reminder: one unless each item is its own deed; plural: split; lines: a
 * pasted list, one task a line; open: the list rule.
 */
type FrameKind = "singular" | "reminder" | "plural" | "lines" | "open";
/**
 * `again`: said without "add", as a thing and a detail ("urgent: pay rent", "book the DJ by
 * friday"); where an open task has that very title, the detail is set on it (plan.ts).
 */
export type AddIntent = { kind: "add"; tasks: NewTask[]; again?: true };

function frameKind(frame: string, rest: string): FrameKind {
  const whole = `${frame.replace(CREATE_VERB, "")}${rest}`;
  if (PLURAL_FRAME.test(whole) || /^(?:add|create)\s+(?:these|the following|following)/.test(frame))
    return "plural";
  if (REMINDER_FRAME.test(whole) || REMINDER_FRAME.test(frame)) return "reminder";
  if (SINGULAR_FRAME.test(whole) || SINGULAR_FRAME.test(frame)) return "singular";
  return "open";
}

function putOnList(text: string, lower: string): AddIntent | undefined {
  const title = lower.match(PUT_ON_LIST)?.groups?.title;
  if (!title || STARTS_WITH_ADD.test(lower)) return undefined;
  const start = lower.indexOf(title);
  return buildAdd(text.slice(start, start + title.length), title, "open");
}

const FIELD = oneOf(lexicon.fields.description);
/** "service the boiler. remember to bring the valve": a sentence reminding how is its note. */
export const REMEMBER_CUE = source`(?:remember|don't forget|dont forget|make sure)\s+(?:to\s+)?`;
const REMEMBER_NOTE = source`(?<=[.!]\s+)${REMEMBER_CUE}`;
/** "… with description X", "…, notes: X": the rest is the description. */
const DESCRIPTION = pattern`(?:\s*[,;(]\s*|\s+[-–—]\s*|\s+)(?:(?:with|and)\s+(?:(?:add|put|include|attach|leave|write)\s+(?:(?:in|into|on)\s+)?)?(?:a\s+|the\s+)?${FIELD}\b(?:\s+(?:on|to|for|in)\s+(?:it|that|this|the task))?(?:\s+(?:of|saying|that says|reading|being|that))?|${FIELD}\s*[:=\-–—]|(?<=[,;(–—-]\s*)${FIELD}\s+that\s+|${REMEMBER_NOTE})\s*(?=\S)`;

/** "send the quote pls, note: …": politeness said before the note, not part of the title. */
const PLEASE_BEFORE_NOTE = pattern`\s+(?:${lexicon.politeness.please})$`;
/**
 * "call the bank – ask about the late fee", "renew domain (taskchat.pk on namecheap)": a
 * deed, then a dash or a closing bracket with words of its own, is the deed and its note.
 */
const ASIDE_NOTE = patternWith(
  "i",
)`^(?<title>${verbs.action}\s+[^()–—:]+?)(?:\s+[–—-]\s+(?<dashed>[^–—]+)|\s*:\s+(?<dashed2>[^–—:]+)|\s*\((?<bracketed>[^()]+)\))$`;

/** Calling or writing to someone: the deeds whose comma may lead what to raise. */
const CONTACT = [
  ...lexicon.chat.errands.call!,
  ...lexicon.chat.errands.email!,
  ...lexicon.chat.errands.message!,
].filter((verb) => !verb.includes(" "));
/**
 * "call the bank, ask about the card fee", "text amira, send her the zoom link": after a call,
 * an email or a text, a comma and what to raise in it is that task's note, not a second task.
 */
const TALKING_POINT = patternWith(
  "i",
)`^(?<title>(?:${CONTACT})\s+[^,()–—:]+?)\s*,\s+(?<point>(?:${verbs.talkingPoints})\s+[^,]+)$`;

/** The note after a deed, when it is words of its own and not a date, a time or a priority. */
function asideNote(text: string): { title: string; note: string } | undefined {
  const point = text.trim().match(TALKING_POINT)?.groups;
  if (point) return { title: point.title!, note: clean(point.point!) };
  const match = text.trim().match(ASIDE_NOTE)?.groups;
  const note = clean(match?.dashed ?? match?.dashed2 ?? match?.bracketed ?? "");
  if (!match || note.split(/\s+/).length < 2 || findDueDate(note) || findPriority(note))
    return undefined;
  // "call mom - and dad": a second part joined by "and" is the title going on.
  if (/^(?:and|or|then|also|plus|&)\b/i.test(note)) return undefined;
  return { title: match.title!, note };
}

function buildAdd(text: string, lower: string, frame: FrameKind): AddIntent | undefined {
  let description: string | undefined;
  const desc = lower.match(DESCRIPTION);
  if (desc && desc.index !== undefined && desc.index > 0) {
    description = clean(text.slice(desc.index + desc[0].length)).replace(/\)$/, "");
    text = text.slice(0, desc.index);
    lower = lower.slice(0, desc.index);
    const please = lower.match(PLEASE_BEFORE_NOTE);
    if (please?.index) {
      text = text.slice(0, please.index);
      lower = lower.slice(0, please.index);
    }
  } else if (frame !== "plural" && frame !== "lines") {
    const aside = asideNote(stripFrame(text, lower));
    if (aside) {
      description = aside.note;
      const cut = text.length - stripFrame(text, lower).trim().length;
      text = text.slice(0, cut) + aside.title;
      lower = text.toLowerCase();
    }
  }
  const allQuoted = [...text.matchAll(/"([^"]+)"/g)].map((m) => clean(m[1]!)).filter(Boolean);
  if (allQuoted.length > 1 && frame !== "singular") {
    return { kind: "add", tasks: allQuoted.map((title) => newTask(capitalize(title), undefined)) };
  }
  const quoted = text.match(/"([^"]+)"|(?:^|\s)'([^']+)'(?=$|[\s.,!?:;])/);
  // A quote is the title only when nothing but frame words surround it ("add 'X' to my
  // list"); in "add Read 'War and Peace'" it is part of the title.
  if (quoted && !hasWordsOutside(lower, quoted[0])) {
    const title = capitalize(clean(quoted[1] ?? quoted[2]!));
    return title ? { kind: "add", tasks: [newTask(title, description)] } : undefined;
  }
  let body = text;
  let bodyLower = lower;
  for (const frame of [ON_MY_LIST, AS_A_TASK]) {
    const match = bodyLower.match(frame);
    if (match) {
      body = body.slice(0, match.index);
      bodyLower = bodyLower.slice(0, match.index);
    }
  }
  const priority = priorityFrame(bodyLower);
  if (priority) {
    const title = tidyTitle(body.slice(priority.start));
    return title
      ? { kind: "add", tasks: [newTask(`${title} (${priority.label})`, description)] }
      : undefined;
  }
  const framed = stripFrame(body, bodyLower);
  const items = (
    frame === "singular"
      ? [framed]
      : frame === "lines"
        ? splitLines(framed)
        : splitItems(framed, frame === "plural", frame === "reminder")
  )
    .map(bracketNote)
    .map((item) => ({ ...item, title: tidyTitle(item.title) }))
    // "add it", "add something": nothing to name the task by yet.
    .filter(
      ({ title }) => title && !/^(?:it|that|this|something|one|them|these|those)$/i.test(title),
    );
  if (items.length === 0) return { kind: "add", tasks: [] };
  // A day on a pasted list's last line is that line's own.
  const titles = items.map((item) => item.title);
  const dated = frame === "lines" ? titles : dayOfAll(titles);
  return {
    kind: "add",
    tasks: dated.map((title, i) => {
      const task = newTask(
        title,
        items[i]!.note ?? (i === dated.length - 1 ? description : undefined),
      );
      return frame === "plural" || frame === "lines" ? { ...task, whenLast: true } : task;
    }),
  };
}

/** "bin bags (the big ones)": words in brackets closing an item are its note. */
const BRACKETED = /^(?<title>[^()]+?)\s*\((?<note>[^()]+)\)$/u;

/** An item and its bracketed note, when the note is words and not a date, a time or a priority. */
function bracketNote(item: string): { title: string; note?: string } {
  const match = item.trim().match(BRACKETED)?.groups;
  const note = clean(match?.note ?? "");
  if (!match || note.split(/\s+/).length < 2 || findDueDate(note) || findPriority(note))
    return { title: item };
  return { title: match.title!, note };
}

/** "tomorrow", "on friday", "this weekend" at the end of an item: its day, not a time. */
const LAST_DAY = /\s+(?:today|tonight|tomorrow|tmrw|tmr)$/i;

/**
 * "milk, eggs and bread tomorrow": a day said once after the last of several things, none
 * with a day of its own, is the day of each (a time stays with its own item).
 */
function dayOfAll(titles: string[]): string[] {
  const last = titles.at(-1)!;
  const day = titles.length > 1 ? (last.match(ITEM_DAY) ?? last.match(LAST_DAY))?.[0] : undefined;
  if (!day || last.length === day.length || titles.slice(0, -1).some(saysWhen)) return titles;
  return [...titles.slice(0, -1).map((title) => `${title}${day}`), last];
}

/** Whether an item has a day or time of its own ("dentist tues", "call mom at 5"). */
function saysWhen(title: string): boolean {
  const when = readWhen(title, { now: new Date(), timeZone: "UTC" });
  return !!(when.date || when.time);
}

function hasWordsOutside(lower: string, quotedText: string): boolean {
  let outside = lower.replace(quotedText.toLowerCase(), " ").trim();
  for (const frame of [ON_MY_LIST, AS_A_TASK]) outside = outside.replace(frame, "");
  return stripFrame(outside, outside).replace(/[\s:,.!?-]+/g, "") !== "";
}

const PRIORITY_FRAME = pattern`^(?:a|an|one)\s+(?<label>${lexicon.priority.adjectives}(?:[- ]priority)?)\s+(?:new\s+)?${taskNouns.singular}\s+(?:to\s+|called\s+|for\s+|:\s*)?`;
/** "add these pls: …": politeness closing the frame, before the colon, is no task. */
// "new" is the frame's only before a task noun or a colon ("new task: …", "new: …"); "new
// work shoes" is a thing to get, its "new" part of the title.
const FRAME = pattern`^(?:(?!new\s+(?!(?:${TASK_NOUN}|things?)\b))(?:${determiners}|\d+)(?:\s+|(?=:)))*(?:${TASK_NOUN}|things?)?\s*(?:(?:${lexicon.politeness.please})\s*(?=[:,\-–—]))?(?:(?:(?:${lexicon.titleMarkers}|for|about|to|that i (?:need|have|must|should) to|i (?:need|have) to)\b|:|-|–|—)\s*)?`;

/** "a high priority task to fix the leak" → "Fix the leak (high priority)": the priority kept, the frame not. */
function priorityFrame(lower: string): { start: number; label: string } | undefined {
  const match = lower.match(PRIORITY_FRAME);
  return match ? { start: match[0].length, label: match.groups!.label! } : undefined;
}

/**
 * "tomorrow i need to get gas and drop off the parcel": a day said before the wish is the day
 * of each task it adds that has no day of its own (its words join the title, where the
 * details are read as when said last).
 */
export function onDay(tasks: NewTask[], day: string): NewTask[] {
  return tasks.map((task) =>
    findDueDate(task.title) || task.read
      ? task
      : { ...task, ...newTask(`${task.title} ${day}`, task.description) },
  );
}

function newTask(title: string, description: string | undefined): NewTask {
  const task: NewTask = { title };
  if (description) task.description = description;
  const due = findDueDate(title);
  if (due) task.dueAt = due;
  const priority = findPriority(title);
  if (priority) task.priority = priority;
  return task;
}

/** "a new task called X", "one to X", "X: " — the words around the title, not the title. */
function stripFrame(body: string, lower: string): string {
  const frame = lower.match(FRAME);
  const cut = frame?.[0].length ?? 0;
  // Never strip everything: "add a note" keeps nothing to add, "add notes" keeps "notes".
  return cut > 0 && cut < body.length ? body.slice(cut) : cut >= body.length ? "" : body;
}

/** Action verbs that start a to-do; two items both led by one are two tasks. */
const ACTION = patternWith("i")`^${verbs.action}\b`;
const POINTS_BACK = patternWith("i")`\b${lexicon.pointingBack}\b`;
const RELATION = patternWith("i")`\b${lexicon.relations}\b`;
const LEADING_ARTICLE = patternWith("i")`^${lexicon.leadingArticles}\s+(?=\S)`;

/**
 * Between two items: commas, "and", "&", "+", "plus", "then", "also", "and also", "and add"
 * ("add X and add Y"), a slash between spaces ("edit the intro / reply to comments").
 */
const ITEM_BREAK =
  /\s*[,;]\s*(?:(?:and\s+)?(?:after that|afterwards)\s*[,;]?\s+|and\s+(?:also\s+|then\s+)?|&\s*|plus\s+|also\s+|then\s+)?(?:add\s+)?|\s+(?:(?:and\s+)?oh\s+and|and also|and then|and|n|&|\+|plus|as well as|then|also|\/)\s+(?:add\s+)?|\s+(?:and\s+)?(?:after that|afterwards)\s*[,;]?\s+/i;
/**
 * "fish and chips", "salt and pepper shakers": a pair said as one thing, its "and" no break
 * (a placeholder meanwhile).
 */
const PAIRS = lexicon.fixedPairs;
const FIXED_PAIR = PAIRS
  ? patternWith(
      "gi",
    )`\b(?:${PAIRS.whole}|${PAIRS.beforeNoun}(?=\s+(?!(?:and|n|or|plus|also|then)\b)\p{L}))\b`
  : /$^/g;
/**
 * "wash and iron the curtains", "check and tighten the rail": two deeds on one object are one
 * (the first verb opens its item: "email priya the invoice and cancel the gym" is two).
 */
const SHARED_OBJECT = patternWith(
  "gi",
)`(?<=^|[,;:]\s*)(?:${verbs.action})\s+and\s+(?=(?:${verbs.action})\s+\p{L}|[a-z]+\s+(?:the|my|our|your|his|her|their)\s)`;
const PAIR_JOINT = "\u0000";
const BRACKET_COMMA = "\u0001";
const ITEM_TIME =
  /\s+(?:(?:at|by|before|around)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?|today|tonight|tomorrow|tmrw|tmr)$/i;
/** "… on friday", "… for saturday night": the day of a deed is not more of its name. */
const ITEM_DAY =
  /\s+(?:(?:on|by|for|this|next|before)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend)(?:\s+(?:morning|afternoon|evening|night))?$/i;
/** "thursday at 7am", "on friday": a when with no thing before it. */
const ONLY_WHEN =
  /^(?:(?:on|by|for|this|next|every)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|today|tonight|tomorrow|tmrw)\b/i;
/** "gym every" once its day is read: a repeat, whose days belong together. */
const REPEAT_END = /\s(?:every|each)$/i;
/**
 * "sterilise the bottles", "defrost the freezer": a word the verb lists lack, straight before
 * "the", "my", "a"…, is read as a verb (a thing is rarely followed by a determiner).
 */
const VERB_SHAPED = patternWith(
  "i",
)`^(?!(?:${[...lexicon.relations, ...lexicon.stopwords, "all", "both", "each", "every", "only", "just", "also", "then", "plus"]})\b)\p{L}{3,}\s+(?:the|my|our|your|his|her|their|a|an|some)\s+\S`;
const ALSO_BREAK = /\s*[,;]\s*(?:and\s+)?also\s+|\s+and also\s+/i;
/** "remind me to call the bank and to email HR": the second deed keeps its "to". */
const TO_DEED = patternWith("i")`^to\s+(?=${verbs.action}\b)`;

/**
 * "1. invoice march and april jobs\n2. wash and iron the curtains": each line of a pasted list
 * is one task, whatever joins its words (normalize turned the line breaks into commas).
 */
function splitLines(body: string): string[] {
  const lines = body.split(/\s*,\s*/).filter(Boolean);
  return lines.length > 1 ? lines : splitItems(body, true);
}

/**
 * The list rule (docs/decisions/003, docs/local-model.md "Several tasks in one message"):
 * split on commas, semicolons, "and", "&" or "plus" only when the items are parallel and
 * short — every item led by an action verb ("call mom and pay bills"), or short nouns of at
 * most two words with no preposition ("milk, eggs and bread"; three words allowed when
 * commas separate them), or, when the first item is such a noun, nouns and deeds mixed
 * ("groceries and call mom", "milk, eggs, call dad"). Anything else is one task ("buy milk
 * and eggs": a verb's objects; "call mom and dad"; "meeting with Bob and Alice"). A plural
 * frame ("add these tasks: …") always splits.
 */
export function splitItems(body: string, plural: boolean, deedsOnly = false): string[] {
  // Words in brackets are one note, whatever joins them ("(matte, not gloss)").
  const kept = body
    .replace(FIXED_PAIR, (pair) => pair.replace(/\s+/g, PAIR_JOINT))
    .replace(SHARED_OBJECT, (pair) => pair.replace(/\s+/g, PAIR_JOINT))
    .replace(/\([^()]*\)/g, (note) =>
      note.replace(/\s+/g, PAIR_JOINT).replace(/,/g, BRACKET_COMMA),
    );
  const parts = kept
    .split(ITEM_BREAK)
    .map((item) =>
      item.replaceAll(PAIR_JOINT, " ").replaceAll(BRACKET_COMMA, ",").trim().replace(TO_DEED, ""),
    )
    .filter(Boolean);
  if (parts.length < 2) return [body];
  if (plural) return parts;
  const hasComma = /[,;]/.test(body);
  const led = parts.filter((p) => ACTION.test(p)).length;
  // A bracketed note is not more of the item's name ("paint pots (the washable kind)").
  const words = (p: string) => p.replace(/\s*\([^()]*\)$/, "").split(/\s+/).length;
  // "finish the report and send it to Bob": a later item that points back is one deed.
  const pointsBack = parts.slice(1).some((p) => POINTS_BACK.test(p));
  // "order a boiler part for mrs jones and quote the job": a known task verb leads a longer deed.
  const deed = (p: string) => {
    const length = words(p.replace(ITEM_TIME, "").replace(ITEM_DAY, ""));
    return ACTION.test(p) ? length <= 8 : VERB_SHAPED.test(p) && length <= 6;
  };
  if (parts.every(deed) && !pointsBack) return parts;
  if (deedsOnly) return [body];
  // "airport pickup at 6", "haircut friday": the time or day of a thing is not more of its name;
  // a day alone ("… and thursday at 7am") or a repeat ("gym every monday") names no thing.
  const noun = (p: string) => {
    const bare = p.replace(ITEM_TIME, "").replace(ITEM_DAY, "");
    if (!bare || ONLY_WHEN.test(p) || REPEAT_END.test(bare)) return false;
    return !ACTION.test(bare) && words(bare) <= (hasComma ? 3 : 2) && !RELATION.test(bare);
  };
  // "buy bulbs, also an extension cord": "also" starts another item, whatever came first.
  const alsoItem = (p: string) => deed(p) || (!ACTION.test(p) && words(p) <= 3);
  if (ALSO_BREAK.test(body) && !pointsBack && parts.every(alsoItem)) return parts;
  if (led === 0) return parts.every(noun) ? parts : [body];
  // A noun first, then deeds among nouns: each its own task. A deed first keeps its objects.
  return noun(parts[0]!) && !pointsBack && parts.every((p) => noun(p) || deed(p)) ? parts : [body];
}

/** "a meeting with Bob" → "Meeting with Bob": no leading article, a capital first letter. */
export function tidyTitle(raw: string): string {
  let title = clean(raw);
  const bare = title.replace(LEADING_ARTICLE, "");
  if (bare.length >= 2) title = bare;
  return capitalize(title);
}

function clean(text: string): string {
  return text
    .trim()
    .replace(/^["“](.*)["”]$|^'(.*)'$/, "$1$2")
    .replace(/^[\s:,\-–—]+/, "")
    .replace(/[\s.!,;:]+$/, "")
    .trim();
}

export function capitalize(text: string): string {
  // "iPhone", "eBay": a word with its own capitals keeps them.
  if (/^\p{Ll}\p{Lu}/u.test(text)) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
