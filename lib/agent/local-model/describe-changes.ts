import { escapeMarkdown } from "@/lib/markdown/escape-markdown";
import { dueWordsInSentence, repeatLabel } from "@/lib/tasks/field-words";
import { replyForResults as describeResults } from "@/lib/tasks/tool-wording";
import { wallClock as wallClockOf } from "@/lib/time/zoned-time";
import type { Clock } from "./clock";
import type { SeenToolCall } from "./conversation";

/**
 * The answer after changes, with the values they set in the person's words ("Moved #3
 * "Pay rent" to Fri 11 Dec 18:00."): dates relative to their today, never ISO dates.
 * Completions, deletions and restores keep the shared wording.
 */
export function describeChanges(
  calls: SeenToolCall[],
  clock: Clock = { now: new Date(), timeZone: "UTC" },
): string {
  const today = wallClockOf(clock.now, clock.timeZone).date;
  return calls
    .map((c) => {
      const result = c.output ?? {};
      if (c.toolName !== "add_task" && c.toolName !== "update_task") {
        return describeResults([c]);
      }
      const id = String(result.task_id ?? c.input.task_id);
      const name = `#${id} "${escapeMarkdown(String(result.title ?? c.input.title ?? ""))}"`;
      if (c.toolName === "update_task" && c.input.completed === false) {
        return `Reopened ${name}.`;
      }
      const given = new Set(Object.keys(c.input));
      const due =
        typeof result.due_date === "string"
          ? dueWordsInSentence(result.due_date, result.due_time as string | null, today)
          : null;
      const others = valueWords(result, given, c.toolName === "add_task");
      const cleared = clearedWords(c.input);
      if (c.toolName === "add_task") {
        const details = [due && `due ${due}`, ...others].filter(Boolean);
        return `Added ${name}${details.length ? `: ${details.join(", ")}` : ""}.`;
      }
      const moved = due && (given.has("due_date") || given.has("due_time"));
      const renamed = given.has("title") ? `Renamed it ${name}` : "";
      const parts = [
        moved ? `Moved ${name} to ${due}` : renamed || `Updated ${name}`,
        moved && renamed ? renamed.replace("Renamed it", "renamed it") : "",
      ].filter(Boolean);
      const rest = [...others, ...cleared];
      return `${parts.join(" and ")}${rest.length ? `: ${rest.join(", ")}` : ""}.`;
    })
    .join(" ");
}

/** The priority, tags and repeat a call set, in words ("high priority", "#family"). */
function valueWords(result: Record<string, unknown>, given: Set<string>, all: boolean): string[] {
  const words: string[] = [];
  const wanted = (key: string) => all || given.has(key);
  const priority = result.priority;
  if (wanted("priority") && typeof priority === "string" && priority !== "none") {
    words.push(`${priority} priority`);
  }
  if (wanted("tags") && Array.isArray(result.tags) && result.tags.length) {
    words.push(result.tags.map((tag) => `#${String(tag)}`).join(" "));
  }
  if (wanted("recurrence") && typeof result.recurrence === "string") {
    words.push(repeatLabel(result.recurrence).replace(/^Repeats/, "repeats"));
  }
  return words;
}

const CLEARED: Record<string, string> = {
  due_date: "no due date",
  due_time: "no set time",
  priority: "no priority",
  tags: "no tags",
  recurrence: "no repeat",
  remind_at: "no reminder",
  remind_before_minutes: "no reminder",
  description: "no description",
};

/** What a call cleared ("no due date"), for `null` values and "none" priority. */
function clearedWords(input: Record<string, unknown>): string[] {
  const cleared = Object.entries(input)
    .filter(([key, value]) => value === null || (key === "priority" && value === "none"))
    .map(([key]) => CLEARED[key] ?? `no ${key.replace("_", " ")}`);
  return [...new Set(cleared)];
}
