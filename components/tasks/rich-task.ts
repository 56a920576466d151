import type { Task } from "@/lib/tasks/task";
import type { TaskChanges } from "@/lib/tasks/task-fields";

/**
 * The contract's rich task fields (CONTRACT.md "Rich tasks") as the browser reads them.
 * Optional here so the panel also reads a server that does not send them yet; once the
 * field set in lib/tasks/task-fields.ts carries them, `Task` has them and this adds nothing.
 */
export const PRIORITIES = ["none", "low", "medium", "high"] as const;
export type Priority = (typeof PRIORITIES)[number];

export interface RichFields {
  due_date: string | null;
  due_time: string | null;
  priority: Priority;
  tags: string[];
  recurrence: string | null;
  remind_at: string | null;
  completed_at: string | null;
}

export type RichTask = Task & Partial<RichFields>;

/** A PATCH body: the fields a person edits (`null` clears), and `completed`. */
export type RichChanges = TaskChanges & Partial<Omit<RichFields, "completed_at">>;

export const PRIORITY_LABEL: Record<Priority, string> = {
  none: "No priority",
  low: "Low",
  medium: "Medium",
  high: "High",
};

/** The repeat presets of the edit form, as RRULEs. */
export const REPEATS = [
  { value: "", label: "Doesn't repeat", rule: null },
  { value: "daily", label: "Daily", rule: "FREQ=DAILY" },
  { value: "weekdays", label: "Every weekday", rule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR" },
  { value: "weekly", label: "Weekly", rule: "FREQ=WEEKLY" },
  { value: "monthly", label: "Monthly", rule: "FREQ=MONTHLY" },
  { value: "yearly", label: "Yearly", rule: "FREQ=YEARLY" },
] as const;

/** The preset a stored RRULE is, or "custom" for one the chat made (e.g. every other Monday). */
export function repeatPreset(rule: string | null | undefined): string {
  if (!rule) return "";
  const normal = rule.replace(/^RRULE:/i, "").toUpperCase();
  return REPEATS.find((r) => r.rule === normal)?.value ?? "custom";
}

/** "Repeats daily", "Repeats: FREQ=WEEKLY;INTERVAL=2" — the repeat icon's name. */
export function repeatLabel(rule: string): string {
  const preset = REPEATS.find((r) => r.value === repeatPreset(rule));
  return preset ? `Repeats ${preset.label.toLowerCase()}` : `Repeats (${rule})`;
}

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}
