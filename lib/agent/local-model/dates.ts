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
