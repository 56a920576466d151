import * as chrono from "chrono-node";

/**
 * Dates and priorities in a task's own words ("submit report by Friday", "urgent:
 * pay rent"). The words always stay in the title; the parsed values are handed to
 * `add_task` only when its schema has a field for them (`due_at`, `priority`), so
 * nothing is dropped today and nothing changes here when the task model gains them.
 */
export function findDueDate(text: string, now: Date = new Date()): string | undefined {
  const [found] = chrono.parse(text, now, { forwardDate: true });
  // A bare "at 3" or a lone number is too weak to be a due date.
  if (!found || !/[a-z]/i.test(found.text.replace(/^(?:at|on|by)\s+/i, ""))) return undefined;
  return found.start.date().toISOString();
}

export function findPriority(text: string): "low" | "medium" | "high" | undefined {
  const lower = text.toLowerCase();
  if (
    /\b(?:urgent|urgently|asap|high[- ]priority|top priority|important|critical)\b|!!/.test(lower)
  )
    return "high";
  if (/\b(?:low[- ]priority|whenever|someday|no rush|not urgent)\b/.test(lower)) return "low";
  if (/\b(?:medium[- ]priority|normal priority)\b/.test(lower)) return "medium";
  return undefined;
}
