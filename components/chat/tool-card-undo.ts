import { asRecord } from "@/lib/validation/record";
import { taskFieldWords } from "@/lib/tasks/field-words";

/**
 * What a changing tool's card adds to its line (the shared field words), and how its Undo applies the inverse
 * through the REST API (CONTRACT.md "Rich tasks": reopen, restore, `null` clears).
 */

/** "Tomorrow 17:00", "High", "#family", "Repeats weekly", "Next: Fri 12 Dec" from a result. */
export const cardDetails = taskFieldWords;

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
