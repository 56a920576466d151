/**
 * A task's details in its own words: "call mom tomorrow at 5pm, high priority #family"
 * → title "Call mom", due 2026-12-10 17:00, priority high, tag family. Dates are read
 * with chrono-node against the person's wall clock (clock.ts), so "tomorrow" is their
 * tomorrow; repeats become RFC 5545 RRULEs. What is read is taken out of the title;
 * a title left with nothing but a date or a time is empty, never "6pm".
 */
import * as chrono from "chrono-node";
import { isoDate, isoTime, wallClockDate, type Clock } from "./clock";
import { oneOf } from "./lexicon/compile";
import { en as words } from "./lexicon/schedule";

export type Priority = "none" | "low" | "medium" | "high";

export interface TaskDetails {
  due_date?: string;
  due_time?: string;
  priority?: Priority;
  tags?: string[];
  recurrence?: string;
}

export interface ReadDetails {
  /** The title without the details; "" when nothing else was said. */
  title: string;
  details: TaskDetails;
}

export function readDetails(text: string, clock: Clock): ReadDetails {
  const details: TaskDetails = {};
  let rest = ` ${text} `;
  const tags = takeTags(rest);
  rest = tags.rest;
  if (tags.tags.length) details.tags = tags.tags;
  const priority = takePriority(rest);
  rest = priority.rest;
  if (priority.priority) details.priority = priority.priority;
  rest = spelledOut(rest);
  const now = wallClockDate(clock);
  const repeat = takeRepeat(rest, now);
  rest = repeat.rest;
  const when = takeWhen(rest, now);
  rest = when.rest;
  if (repeat.rule) {
    details.recurrence = repeat.rule;
    details.due_date = when.date && !repeat.firstDate ? when.date : repeat.firstDate;
  } else if (when.date) details.due_date = when.date;
  if (when.time) {
    details.due_time = when.time;
    details.due_date ??= isoDate(now);
  }
  // Nothing read: the title stays exactly as written ("iPhone charger").
  if (Object.keys(details).length === 0) return { title: text.trim(), details };
  return { title: tidy(rest), details };
}

/** Only the when of a message ("to thursday", "at 6pm", "next week"): for rescheduling. */
export function readWhen(text: string, clock: Clock): When {
  return takeWhen(spelledOut(` ${text} `), wallClockDate(clock));
}

/** "by 5 tmrw", "before 6 today": a bare hour as a deadline is a time, as "at 5" is. */
const BY_HOUR =
  /\b(?:by|before|till|until)\s+(\d{1,2})(?=\s+(?:today|tonight|tomorrow|tmrw|tmr|on|this|next|\p{L}+day)\b|\s*$)/giu;

function spelledOut(text: string): string {
  return text
    .replace(DATE_SHORTHAND, (typed) => words.dateShorthand[typed.toLowerCase()] ?? typed)
    .replace(BY_HOUR, "at $1");
}

/** "tonite", "this arvo", "by eod": typed forms the date reader does not know, as whole words. */
const DATE_SHORTHAND = new RegExp(
  String.raw`(?<![\p{L}\p{N}'])${oneOf(Object.keys(words.dateShorthand))}(?![\p{L}\p{N}'])`,
  "giu",
);

// ── Tags ────────────────────────────────────────────────────────────────────────────

const TAG_NAME = String.raw`[\p{L}\p{N}][\p{L}\p{N}_-]{0,29}`;
const HASHTAG = new RegExp(String.raw`(?<=^|[\s,(])#(${TAG_NAME})(?![\p{L}\p{N}_-])`, "gu");
const TAG_PHRASE = new RegExp(
  String.raw`[,;]?\s*(?:and\s+)?\b${oneOf(words.tagVerbs)}\s+(${TAG_NAME}(?:(?:\s*,\s*|\s+and\s+)${TAG_NAME})*)\s*$`,
  "iu",
);

function takeTags(text: string): { tags: string[]; rest: string } {
  const tags: string[] = [];
  let rest = text.replace(HASHTAG, (_, name: string) => {
    // "#3" is a task number, not a tag.
    if (/^\d+$/.test(name)) return `#${name}`;
    tags.push(name.toLowerCase());
    return " ";
  });
  const phrase = rest.match(TAG_PHRASE);
  if (phrase) {
    tags.push(...phrase[1]!.split(/\s*,\s*|\s+and\s+/).map((t) => t.toLowerCase()));
    rest = rest.slice(0, phrase.index) + " ";
  }
  return { tags: [...new Set(tags)].slice(0, 10), rest };
}

// ── Priority ────────────────────────────────────────────────────────────────────────

const LEVELS = ["none", "high", "medium", "low"] as const;
const PRIORITY = LEVELS.map(
  (level) =>
    [
      level,
      new RegExp(
        String.raw`(?:^|[\s,;(\[-])\(?(?:(?:with|at|as)\s+(?:a\s+)?)?${oneOf(words.priority[level])}(?![\p{L}\p{N}])\)?\s*[:,;!-]*`,
        "iu",
      ),
    ] as const,
);

function takePriority(text: string): { priority?: Priority; rest: string } {
  for (const [level, found] of PRIORITY) {
    const match = text.match(found);
    if (match) {
      const rest = text.slice(0, match.index) + " " + text.slice(match.index! + match[0].length);
      return { priority: level, rest };
    }
  }
  return { rest: text };
}

// ── Repeats ─────────────────────────────────────────────────────────────────────────

const DAY = oneOf(Object.keys(words.weekdays));
const UNIT = oneOf(Object.keys(words.units));
const ORDINAL_DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const REPEATS: { find: RegExp; rule: (m: RegExpMatchArray) => RepeatRule }[] = [
  {
    // "every weekday", "on weekdays", "every workday"
    find: /\b(?:every|each|on)\s+(?:week ?day|work ?day)s?\b/iu,
    rule: () => ({ freq: "WEEKLY", byDay: ["MO", "TU", "WE", "TH", "FR"] }),
  },
  {
    find: /\b(?:every|each|on)\s+weekends?\b/iu,
    rule: () => ({ freq: "WEEKLY", byDay: ["SA", "SU"] }),
  },
  {
    // "on the 1st of every month", "the 15th of each month"
    find: new RegExp(
      String.raw`\b(?:on\s+)?the\s+${ORDINAL_DAY}\s+(?:of\s+)?(?:every|each)\s+month\b`,
      "iu",
    ),
    rule: (m) => ({ freq: "MONTHLY", byMonthDay: Number(m[1]) }),
  },
  {
    // "every month on the 1st", "monthly on the 31st"
    find: new RegExp(
      String.raw`\b(?:(?:every|each)\s+month|monthly)\s+on\s+the\s+${ORDINAL_DAY}\b`,
      "iu",
    ),
    rule: (m) => ({ freq: "MONTHLY", byMonthDay: Number(m[1]) }),
  },
  {
    // "every monday and thursday", "every other friday", "on mondays"
    find: new RegExp(
      String.raw`\b(?:(?:every|each)\s+(other\s+)?|on\s+(?=\w+s\b))(${DAY})((?:\s*(?:,|and|&)\s*(?:${DAY}))*)(?![\p{L}])`,
      "iu",
    ),
    rule: (m) => ({
      freq: "WEEKLY",
      interval: m[1] ? 2 : 1,
      byDay: [m[2]!, ...(m[3] ?? "").split(/\s*(?:,|and|&)\s*/)]
        .map((d) => words.weekdays[d.trim().toLowerCase()])
        .filter((d): d is string => !!d),
    }),
  },
  {
    // "every other week", "every 2 weeks", "every day", "every three months"
    find: new RegExp(
      String.raw`\b(?:every|each)\s+(other\s+|\d+\s+|two\s+|three\s+|four\s+)?(${UNIT})\b`,
      "iu",
    ),
    rule: (m) => ({
      freq: words.units[m[2]!.toLowerCase()]!,
      interval: intervalOf(m[1]),
    }),
  },
  {
    find: new RegExp(String.raw`\b(${oneOf(Object.keys(words.adverbs))})\b`, "iu"),
    rule: (m) => ({ freq: words.adverbs[m[1]!.toLowerCase()]! }),
  },
];

interface RepeatRule {
  freq: "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY";
  interval?: number;
  byDay?: string[];
  byMonthDay?: number;
}

function intervalOf(word: string | undefined): number {
  const w = (word ?? "").trim().toLowerCase();
  if (!w) return 1;
  if (w === "other" || w === "two") return 2;
  if (w === "three") return 3;
  if (w === "four") return 4;
  return Math.max(1, Number(w) || 1);
}

function takeRepeat(text: string, now: Date): { rule?: string; firstDate?: string; rest: string } {
  for (const { find, rule } of REPEATS) {
    const match = text.match(find);
    if (!match) continue;
    const repeat = rule(match);
    const parts = [`FREQ=${repeat.freq}`];
    if (repeat.interval && repeat.interval > 1) parts.push(`INTERVAL=${repeat.interval}`);
    if (repeat.byDay?.length) parts.push(`BYDAY=${repeat.byDay.join(",")}`);
    if (repeat.byMonthDay) parts.push(`BYMONTHDAY=${repeat.byMonthDay}`);
    const rest = text.slice(0, match.index) + " " + text.slice(match.index! + match[0].length);
    return { rule: parts.join(";"), firstDate: firstOccurrence(repeat, now), rest };
  }
  return { rest: text };
}

const CODES = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

/** The first day on or after today that the repeat falls on; undefined when any day will do. */
function firstOccurrence(repeat: RepeatRule, now: Date): string | undefined {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (repeat.byDay?.length) {
    while (!repeat.byDay.includes(CODES[day.getDay()]!)) day.setDate(day.getDate() + 1);
    return isoDate(day);
  }
  if (repeat.byMonthDay) {
    for (let i = 0; i < 400; i++) {
      if (day.getDate() === repeat.byMonthDay) return isoDate(day);
      day.setDate(day.getDate() + 1);
    }
  }
  return isoDate(day);
}

// ── Dates and times ─────────────────────────────────────────────────────────────────

/** Words that lead into a date and go with it: "call mom *on* friday", "report *by* monday". */
const LEAD_IN = /(?:\b(?:due|by|on|at|for|before|until|till|from|this|starting|the)\s+)+$/iu;
/** "for the 18th", "by the 20th": the word before a day of the month that goes with it. */
const DAY_LEAD_IN = /\b(?:by|for|before|until|till)\s+$/iu;
const DAY_OF_MONTH =
  /\b(?:on\s+(?:the\s+)?|the\s+)(\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\s+(?:every|each))/iu;
/** A meridiem or a part of day, so "at 6" alone can be read as 18:00 and "at 6am" cannot. */
const MERIDIEM =
  /\b(?:a\.?m\.?|p\.?m\.?|noon|midnight|morning|evening|night|tonight|afternoon)\b|\d(?:am|pm)/iu;

const EVENING = new RegExp(String.raw`\b${oneOf(words.eveningThings)}\b`, "iu");

interface When {
  date?: string;
  time?: string;
  /** Whether a day was said ("friday at 6"), not only a time ("at 6"). */
  dateSaid?: boolean;
  rest: string;
}

function takeWhen(text: string, now: Date): When {
  const monthDay = text.match(DAY_OF_MONTH);
  if (monthDay) {
    const wanted = Number(monthDay[1]);
    // "book the hall for the 18th": the word leading into the day goes with it.
    const before = text.slice(0, monthDay.index).replace(DAY_LEAD_IN, "");
    const rest = before + " " + text.slice(monthDay.index! + monthDay[0].length);
    const time = takeWhen(rest, now);
    return { date: nextMonthDay(wanted, now), time: time.time, dateSaid: true, rest: time.rest };
  }
  const found = chrono
    .parse(text, now, { forwardDate: true })
    .find(
      (result) =>
        (/\p{L}|:|\d{3,4}\b/u.test(result.text.replace(/^(?:at|on|by|in)\s+/i, "")) ||
          /^at\s+\d/i.test(result.text)) &&
        !namesAKind(result.text, text.slice(result.index + result.text.length)),
    );
  if (!found) return { rest: text };
  const before = text.slice(0, found.index).replace(LEAD_IN, "");
  const rest = `${before} ${text.slice(found.index + found.text.length)}`;
  const start = found.start;
  let when = start.date();
  let time: string | undefined;
  const dateSaid = !start.isCertain("hour") || start.isCertain("day") || start.isCertain("weekday");
  if (start.isCertain("hour")) {
    // "at 6" with no am/pm: a task at 6 is an evening's, not a dawn's.
    const hour = start.get("hour") ?? 0;
    if (!MERIDIEM.test(found.text) && hour >= 1 && hour <= 7)
      when = new Date(when.getTime() + 12 * 3_600_000);
    // "dinner at 8": an evening's thing at 8 to 11 is in the evening.
    else if (!MERIDIEM.test(found.text) && hour >= 8 && hour <= 11 && EVENING.test(text))
      when = new Date(when.getTime() + 12 * 3_600_000);
    // A time alone is today's, or tomorrow's once it has passed.
    if (!start.isCertain("day") && !start.isCertain("weekday")) {
      const today = new Date(now);
      today.setHours(when.getHours(), when.getMinutes(), 0, 0);
      when = today > now ? today : new Date(today.getTime() + 86_400_000);
    }
    time = isoTime(when);
  }
  return { date: isoDate(when), time, dateSaid, rest };
}

/** "night shift", "morning walk": a part of the day before a noun names a kind, not a time. */
function namesAKind(found: string, after: string): boolean {
  return /^(?:morning|afternoon|evening|night)$/iu.test(found.trim()) && /^\s+\p{L}/u.test(after);
}

function nextMonthDay(day: number, now: Date): string {
  const date = new Date(now.getFullYear(), now.getMonth(), day);
  if (day < now.getDate() || date.getDate() !== day) {
    for (let month = now.getMonth() + 1; ; month++) {
      const next = new Date(now.getFullYear(), month, day);
      if (next.getDate() === day) return isoDate(next);
    }
  }
  return isoDate(date);
}

// ── The title left ──────────────────────────────────────────────────────────────────

/** Words left hanging once a detail is taken out: "report by", "call the bank, it's" (urgent). */
const DANGLING =
  /(?:^|\s)(?:due|by|on|at|for|before|until|till|and|with|to|in|from|it's|it is|that's|which is|,|;|:|-|–)\s*$/iu;

function tidy(text: string): string {
  let title = text
    .replace(/\s+/g, " ")
    .replace(/\s+([,.;:!?])/g, "$1")
    .trim();
  let previous;
  do {
    previous = title;
    title = title
      .replace(DANGLING, "")
      .replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, "")
      .trim();
  } while (title !== previous);
  title = title
    .replace(/^\(\s*\)$/, "")
    .replace(/\(\s*\)/g, "")
    .trim()
    // "put 'pay tuition fee' for friday": the quotes marked the title off from its date.
    .replace(/^["“'](.+)["”']$/u, "$1");
  // A capital for a sentence's first word, not for a name written as its owner writes it ("iPhone").
  return /^\p{Ll}+(?:\P{L}|$)/u.test(title) ? title[0]!.toUpperCase() + title.slice(1) : title;
}
