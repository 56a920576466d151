/**
 * A task's details in Urdu and Roman Urdu: "kal shaam 5 baje", "agle jumma", "parson",
 * "subah 9 baje", "کل شام پانچ بجے", "zaroori", "#ghar". chrono-node reads English
 * only, so the words are mapped here to the same fields the English path fills
 * (due_date, due_time, priority, tags), on the person's wall clock (clock.ts): "kal" is
 * their tomorrow. The words read leave the title.
 */
import { asciiDigits } from "./language";
import { isoDate, isoTime, wallClockDate, type Clock } from "./clock";
import { patternWith, source } from "./lexicon/compile";
import { ur, urFrames } from "./lexicon/ur";
import type { ReadDetails, TaskDetails } from "./task-details";

const { when } = urFrames;
const NUMBER_WORDS = ur.references.numbers;
/** Hours said in words: the number words, and "do"/"دو" (two), which only "baje" makes a number. */
const HOUR_WORDS: Record<string, number> = { ...NUMBER_WORDS, do: 2, دو: 2 };
const HOUR = source`(?<hour>\d{1,2}|${Object.keys(HOUR_WORDS)})`;
const PART = source`(?<part>${Object.keys(when.parts)})`;
const FRACTION = source`(?<fraction>${[...when.half, ...when.quarterPast, ...when.quarterTo]})`;
/** "(shaam) (saadhe) 5(:30) baje (shaam)". */
const TIME = patternWith(
  "i",
)`(?:^|\s)(?:${PART}\s+(?:(?:ke|ko|کے|کو)\s+)?)?(?:${FRACTION}\s+)?${HOUR}(?::(?<minute>\d{2}))?\s*${when.oclock}(?:\s+(?<after>${Object.keys(when.parts)}))?(?=\s|$)`;
const PART_ALONE = patternWith(
  "i",
)`(?:^|\s)(?:${Object.keys(when.parts)})(?:\s+(?:ko|کو|mein|میں))?(?=\s|$)`;
const DAY = patternWith(
  "i",
)`(?:^|\s)(?<day>${[...when.today, ...when.tomorrow, ...when.dayAfter]})(?=\s|$)`;
const NEXT_WEEKDAY = patternWith(
  "i",
)`(?:^|\s)(?:(?<next>${when.next})\s+|(?:${when.this})\s+)?(?<weekday>${Object.keys(when.weekdays)})(?:\s+(?:ko|کو))?(?=\s|$)(?!\s+(?:${when.dayAsName})(?:\s|$))`;
const NEXT_WEEK = patternWith(
  "i",
)`(?:^|\s)${when.next}\s+(?<unit>${[...when.week, ...when.month]})(?=\s|$)`;
const LEFTOVER = patternWith("i")`(?:^|\s)(?:${when.leftovers})$`;
const LEFTOVER_START = patternWith("i")`^(?:${when.leftovers})(?:\s|$)`;
const HASHTAG = /(?<=^|[\s,(])#([\p{L}\p{N}][\p{L}\p{M}\p{N}_-]{0,29})(?![\p{L}\p{N}_-])/gu;
const PRIORITY = (["low", "high", "medium"] as const).map(
  (level) =>
    [
      level,
      patternWith("i")`(?:^|\s)(?:${ur.priority[level]})(?:\s+(?:hai|ہے))?(?=\s|$|[,.!])`,
    ] as const,
);

function cut(text: string, match: RegExpMatchArray): string {
  return `${text.slice(0, match.index)} ${text.slice(match.index! + match[0].length)}`;
}

/** The details of an Urdu title, and the title without them. */
export function readUrduDetails(text: string, clock: Clock): ReadDetails {
  const details: TaskDetails = {};
  let rest = ` ${asciiDigits(text)} `;
  const tags: string[] = [];
  rest = rest.replace(HASHTAG, (_, name: string) => {
    if (/^\d+$/.test(name)) return `#${name}`;
    tags.push(name.toLowerCase());
    return " ";
  });
  if (tags.length) details.tags = [...new Set(tags)];
  for (const [level, found] of PRIORITY) {
    const match = rest.match(found);
    if (match) {
      details.priority = level;
      rest = cut(rest, match);
      break;
    }
  }
  const read = readUrduWhen(rest, clock);
  rest = read.rest;
  if (read.date) details.due_date = read.date;
  if (read.time) details.due_time = read.time;
  if (Object.keys(details).length === 0) return { title: text.trim(), details };
  return { title: tidy(rest), details };
}

export interface UrduWhen {
  date?: string;
  time?: string;
  /** A day was said ("kal", "jumma", "raat"), not only a time ("5 baje"). */
  daySaid: boolean;
  rest: string;
}

/** Only the date and time of a text ("kal shaam 5 baje"), and what is left of it. */
export function readUrduWhen(text: string, clock: Clock): UrduWhen {
  const now = wallClockDate(clock);
  let rest = ` ${asciiDigits(text)} `;
  let date: Date | undefined;
  let part: string | undefined;
  let daySaid = false;
  const day = rest.match(DAY);
  if (day) {
    const word = day.groups!.day!.toLowerCase();
    const ahead = when.today.includes(word) ? 0 : when.tomorrow.includes(word) ? 1 : 2;
    date = addDays(now, ahead);
    daySaid = true;
    rest = cut(rest, day);
  } else {
    const week = rest.match(NEXT_WEEK);
    const weekday = rest.match(NEXT_WEEKDAY);
    if (week) {
      const unit = week.groups!.unit!.toLowerCase();
      date = when.week.includes(unit) ? addDays(now, 7) : addMonth(now);
      daySaid = true;
      rest = cut(rest, week);
    } else if (weekday) {
      const wanted = when.weekdays[weekday.groups!.weekday!.toLowerCase()]!;
      date = weekdayDate(now, wanted, !!weekday.groups!.next);
      daySaid = true;
      rest = cut(rest, weekday);
    }
  }
  let time: string | undefined;
  const clockTime = rest.match(TIME);
  if (clockTime) {
    const g = clockTime.groups!;
    part = (g.part ?? g.after)?.toLowerCase();
    let hour = /^\d+$/.test(g.hour!) ? Number(g.hour) : HOUR_WORDS[g.hour!.toLowerCase()]!;
    let minute = g.minute ? Number(g.minute) : 0;
    const fraction = g.fraction?.toLowerCase();
    if (fraction && when.half.includes(fraction)) minute = 30;
    else if (fraction && when.quarterPast.includes(fraction)) minute = 15;
    else if (fraction && when.quarterTo.includes(fraction)) {
      hour = hour === 1 ? 12 : hour - 1;
      minute = 45;
    }
    hour = to24(hour, part ? when.parts[part] : undefined);
    if (hour < 24 && minute < 60) {
      const at = new Date(date ?? now);
      at.setHours(hour, minute, 0, 0);
      // A time alone is today's, or tomorrow's once it has passed.
      if (!date && at <= now) at.setDate(at.getDate() + 1);
      date = at;
      time = isoTime(at);
      rest = cut(rest, clockTime);
    }
  } else {
    const alone = rest.match(PART_ALONE);
    if (alone) {
      // "raat", "kal shaam": a part of the day names the day, not an hour (as "tonight" does).
      date ??= now;
      daySaid = true;
      rest = cut(rest, alone);
    }
  }
  return { date: date && isoDate(date), time, daySaid, rest };
}

/** A clock hour and a part of the day as a 24-hour hour ("shaam 5" → 17, "5 baje" → 17). */
function to24(hour: number, part: "morning" | "afternoon" | "evening" | "night" | undefined) {
  if (part === "morning") return hour === 12 ? 0 : hour;
  if (part === "afternoon") return hour === 12 ? 12 : hour <= 6 ? hour + 12 : hour;
  if (part === "evening") return hour < 12 ? hour + 12 : hour;
  if (part === "night") return hour === 12 ? 0 : hour >= 6 && hour < 12 ? hour + 12 : hour;
  // No part: a task at 1–7 is an afternoon's or evening's, as in English ("at 6").
  return hour >= 1 && hour <= 7 ? hour + 12 : hour;
}

/**
 * "jumma", "is jumma": the coming Friday (1 to 7 days ahead). "agle jumma": the Friday of
 * next week, the week that starts on the coming Monday (peer), as Pakistani speakers
 * use "agle" against "is": on a Wednesday it is nine days ahead, on a Saturday six (this
 * week's Friday has passed, so the coming one is next week's). Decision 017.
 */
function weekdayDate(now: Date, wanted: number, next: boolean): Date {
  const coming = addDays(now, ((wanted - now.getDay() + 6) % 7) + 1);
  if (!next) return coming;
  // Monday-based day numbers: Monday 0 … Sunday 6.
  const mondayBased = (day: number) => (day + 6) % 7;
  const nextMonday = addDays(now, 7 - mondayBased(now.getDay()));
  return addDays(nextMonday, mondayBased(wanted));
}

function addDays(from: Date, days: number): Date {
  return new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
}

function addMonth(from: Date): Date {
  const last = new Date(from.getFullYear(), from.getMonth() + 2, 0).getDate();
  return new Date(from.getFullYear(), from.getMonth() + 1, Math.min(from.getDate(), last));
}

/** The title once its details are out: no dangling "ko", "tak", commas; a capital in Latin letters. */
export function tidy(text: string): string {
  let title = text.replace(/\s+/g, " ").trim();
  let previous;
  do {
    previous = title;
    title = title
      .replace(LEFTOVER, "")
      .replace(LEFTOVER_START, "")
      .replace(/^[\s,;:،–-]+|[\s,;:،–-]+$/gu, "")
      .trim();
  } while (title !== previous);
  return /^\p{Ll}/u.test(title) ? title[0]!.toUpperCase() + title.slice(1) : title;
}
