import { asRecord } from "@/lib/validation/record";
import { dueChip } from "@/components/tasks/due-format";
import {
  PRIORITY_LABEL,
  PRIORITIES,
  repeatLabel,
  type Priority,
} from "@/components/tasks/rich-task";

/**
 * What a changing tool's card adds to its line, and how its Undo applies the inverse
 * through the REST API (CONTRACT.md "Rich tasks": reopen, restore, `null` clears).
 */

/** "Tomorrow 17:00", "High", "#family", "Repeats weekly", "Next: Fri 12 Dec" from a result. */
export function cardDetails(output: unknown, now: Date, timeZone: string): string[] {
  const result = asRecord(output);
  if (typeof result.error === "string" || "tasks" in result) return [];
  const details: string[] = [];
  const due = dueChip(
    {
      due_date: text(result.due_date),
      due_time: text(result.due_time),
      completed: result.status === "completed",
    },
    now,
    timeZone,
  );
  if (due && result.status !== "deleted") details.push(due.label);
  const priority = result.priority as Priority;
  if (PRIORITIES.includes(priority) && priority !== "none") details.push(PRIORITY_LABEL[priority]);
  if (Array.isArray(result.tags)) {
    details.push(
      ...result.tags.filter((t): t is string => typeof t === "string").map((t) => `#${t}`),
    );
  }
  const recurrence = text(result.recurrence);
  if (recurrence && result.status !== "deleted") details.push(repeatLabel(recurrence));
  const next = text(result.next_due_date);
  if (next) {
    const chip = dueChip({ due_date: next, completed: false }, now, timeZone);
    details.push(`Next: ${chip?.label ?? next}`);
  }
  return details;
}

export interface UndoRequest {
  method: "PATCH" | "DELETE" | "POST";
  url: string;
  body?: Record<string, unknown>;
}

/**
 * The request that undoes a finished call, or null when there is none to make: a recurring
 * completion (it moved the task; reopening would not move it back), an update whose card
 * does not know the previous values, a read, a failure.
 */
export function undoRequest(output: unknown): UndoRequest | null {
  const result = asRecord(output);
  const id = result.task_id;
  if (typeof result.error === "string" || typeof id !== "number") return null;
  const url = `/api/tasks/${id}`;
  switch (result.status) {
    case "created":
    case "restored":
      return { method: "DELETE", url };
    case "completed":
      return result.next_due_date ? null : { method: "PATCH", url, body: { completed: false } };
    case "reopened":
      return result.recurrence ? null : { method: "PATCH", url, body: { completed: true } };
    case "deleted":
      return { method: "POST", url: `${url}/restore` };
    case "updated": {
      const previous = result.previous;
      if (!previous || typeof previous !== "object" || Array.isArray(previous)) return null;
      return Object.keys(previous).length > 0
        ? { method: "PATCH", url, body: previous as Record<string, unknown> }
        : null;
    }
    default:
      return null;
  }
}

const text = (value: unknown) => (typeof value === "string" && value ? value : null);
