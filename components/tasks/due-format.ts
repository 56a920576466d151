import { wallClock, zonedInstant } from "@/lib/time/zoned-time";

/**
 * Due dates and reminder times in the task panel, in the person's time zone. The words
 * ("Today 17:00", "Tomorrow", "Fri 5 Dec") come from lib/tasks/field-words.ts and the zone
 * arithmetic from lib/time/zoned-time.ts; this file only adapts them to the form's fields.
 */

// The words of a due date are shared with the chat's cards and the assistant's replies.
export { dayWords as dayLabel, dueChip, type DueChip } from "@/lib/tasks/field-words";

/** An instant as the `YYYY-MM-DDTHH:MM` a datetime-local field shows, in a zone. */
export function instantToLocalInput(iso: string, timeZone: string): string {
  const { date, time } = wallClock(new Date(iso), timeZone);
  return `${date}T${time}`;
}

/** A datetime-local field's `YYYY-MM-DDTHH:MM`, a wall-clock time in a zone, as a UTC instant (`…Z`). */
export function localInputToInstant(local: string, timeZone: string): string {
  const [date = "", time = ""] = local.split("T");
  return zonedInstant(date, time, timeZone)
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z");
}
