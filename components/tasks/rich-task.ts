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

// Labels and repeat presets are shared with the chat's cards and replies (one formatter).
export { PRIORITY_LABEL, REPEATS, repeatLabel, repeatPreset } from "@/lib/tasks/field-words";

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}
