import { instantToLocalInput, localInputToInstant } from "./due-format";
import {
  PRIORITIES,
  REPEATS,
  repeatPreset,
  type Priority,
  type RichChanges,
  type RichTask,
} from "./rich-task";

/** What the edit form's fields hold: text as typed, one field per input. */
export interface TaskFormValues {
  title: string;
  description: string;
  dueDate: string;
  dueTime: string;
  priority: Priority;
  tags: string;
  repeat: string;
  remindAt: string;
}

export function formValues(task: RichTask, timeZone: string): TaskFormValues {
  return {
    title: task.title,
    description: task.description ?? "",
    dueDate: task.due_date ?? "",
    dueTime: task.due_time ?? "",
    priority: task.priority && PRIORITIES.includes(task.priority) ? task.priority : "none",
    tags: (task.tags ?? []).join(", "),
    repeat: repeatPreset(task.recurrence),
    remindAt: task.remind_at ? instantToLocalInput(task.remind_at, timeZone) : "",
  };
}

/** "#Work, home  errands" → ["work", "home", "errands"]: lower-case, no `#`, no repeats. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(/[\s,]+/)
    .map((tag) => tag.replace(/^#+/, "").toLowerCase())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** What to fix in the form; each is a message (taskEdit.problems.*). */
export type FormProblem =
  "noTitle" | "timeNeedsDate" | "repeatNeedsDate" | "badTag" | "tooManyTags";

/**
 * The PATCH body for what changed (`null` clears), or what to fix.
 * A time or a repeat needs a date (the contract's rule), so clearing the date clears them.
 */
export function formChanges(
  task: RichTask,
  values: TaskFormValues,
  timeZone: string,
): { changes: RichChanges } | { problem: FormProblem; tag?: string } {
  const title = values.title.trim();
  if (!title) return { problem: "noTitle" };
  const dueDate = values.dueDate || null;
  const dueTime = dueDate ? values.dueTime || null : null;
  if (!dueDate && values.dueTime) return { problem: "timeNeedsDate" };
  if (!dueDate && values.repeat) return { problem: "repeatNeedsDate" };
  const tags = parseTags(values.tags);
  const badTag = tags.find((tag) => !/^[\p{L}\p{N}_-]{1,30}$/u.test(tag));
  if (badTag) return { problem: "badTag", tag: badTag };
  if (tags.length > 10) return { problem: "tooManyTags" };
  const recurrence =
    values.repeat === "custom"
      ? (task.recurrence ?? null)
      : (REPEATS.find((r) => r.value === values.repeat)?.rule ?? null);
  const remindAt = values.remindAt ? localInputToInstant(values.remindAt, timeZone) : null;

  const next: RichChanges = {
    title,
    description: values.description.trim() ? values.description : null,
    due_date: dueDate,
    due_time: dueTime,
    priority: values.priority,
    tags,
    recurrence,
    remind_at: remindAt,
  };
  const before: RichChanges = {
    title: task.title,
    description: task.description ?? null,
    due_date: task.due_date ?? null,
    due_time: task.due_time ?? null,
    priority: task.priority ?? "none",
    tags: task.tags ?? [],
    recurrence: task.recurrence ?? null,
    remind_at: task.remind_at ? sameMinute(task.remind_at) : null,
  };
  const changes = Object.fromEntries(
    Object.entries(next).filter(
      ([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof RichChanges]),
    ),
  ) as RichChanges;
  return { changes };
}

// The form edits to the minute; a stored instant with seconds is unchanged if its minute is.
const sameMinute = (iso: string) => new Date(iso).toISOString().slice(0, 16) + ":00Z";
