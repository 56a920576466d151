import * as chrono from "chrono-node";
import { lexicon } from "./lexicon";
import { pattern } from "./lexicon/compile";

/**
 * Dates and priorities in a task's own words ("submit report by Friday", "urgent:
 * pay rent"). The words always stay in the title; the parsed values are handed to
 * `add_task` only when its schema has a field for them (`due_at`, `priority`), so
 * nothing is dropped today and nothing changes here when the task model gains them.
 */
export function findDueDate(text: string, now: Date = new Date()): string | undefined {
  const [found] = chrono.parse(text, now, { forwardDate: true });
  // A bare "at 3" or a lone number is too weak to be a due date.
  if (!found || !/\p{L}/u.test(found.text.replace(/^(?:at|on|by)\s+/i, ""))) return undefined;
  return found.start.date().toISOString();
}

const { high, medium, low } = lexicon.priority;
const [HIGH, MEDIUM, LOW] = [high, medium, low].map((words) => pattern`\b${words}\b`) as [
  RegExp,
  RegExp,
  RegExp,
];

export function findPriority(text: string): "low" | "medium" | "high" | undefined {
  const lower = text.toLowerCase();
  if (HIGH.test(lower) || lower.includes("!!")) return "high";
  if (LOW.test(lower)) return "low";
  if (MEDIUM.test(lower)) return "medium";
  return undefined;
}

/** Words that are a date or time and nothing else ("6pm", "next friday", "on monday at 9"). */
export function isWhen(words: string, now: Date = new Date()): boolean {
  const text = words.trim().replace(/[.!?]+$/, "");
  const [found] = chrono.parse(text, now, { forwardDate: true });
  if (!found) return false;
  const rest = (text.slice(0, found.index) + text.slice(found.index + found.text.length))
    .replace(/\b(?:at|on|by|for|in|the)\b/gi, "")
    .trim();
  return rest === "";
}

const PREPOSITION = /^(?:at|on|by|for|in|from|until|till|next|this|tomorrow|today|tonight)\b/i;
const TIME_ONLY = /^(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)?|noon|midnight)$/i;

/**
 * The title with its date or time replaced by a new one ("Team meeting at 4pm", "3pm" →
 * "Team meeting at 3pm"), or the new one added when it had none ("Pay rent at 6pm").
 */
export function rescheduled(title: string, when: string, now: Date = new Date()): string {
  const phrase = PREPOSITION.test(when) ? when : TIME_ONLY.test(when) ? `at ${when}` : `on ${when}`;
  const [found] = chrono.parse(title, now, { forwardDate: true });
  if (!found) return `${title} ${phrase}`;
  let said = phrase;
  // A new time on a dated task keeps the day: "on Tuesday at 10am" + "11am" → "on Tuesday at 11am".
  const hasDay = found.start.isCertain("weekday") || found.start.isCertain("day");
  if (TIME_ONLY.test(when) && hasDay) {
    const time = found.text.match(/\s*\b(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)\b/i);
    said = time ? found.text.replace(time[0], ` ${phrase}`) : `${found.text} ${phrase}`;
  }
  const before = title.slice(0, found.index).replace(/\s*\b(?:at|on|by|for)\s*$/i, "");
  const after = title.slice(found.index + found.text.length);
  return `${before.trimEnd()} ${said}${after}`.trim();
}

/** A title that says a date or time of its own ("Team meeting at 4pm", "Dentist on Tuesday"). */
export function holdsWhen(title: string, now: Date = new Date()): boolean {
  return chrono.parse(title, now, { forwardDate: true }).length > 0;
}
