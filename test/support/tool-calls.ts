/**
 * Finished task tool calls, one of each kind, as the model makes them and the tools answer:
 * every wording (the chat's cards, ChatKit's lines, the local model's replies) is tested on
 * these same calls, so a change to what a tool answers is made here once.
 */
import type { SeenCall } from "@/lib/tasks/tool-wording";
import { taskNotFound } from "./task-json";

/** A call the way the local model sees it in the prompt: its tool, its arguments, its result. */
export const seenCall = (
  toolName: string,
  input: Record<string, unknown>,
  output: unknown,
): SeenCall => ({
  toolName,
  input,
  output,
});

export const sampleCalls = {
  added: seenCall(
    "add_task",
    { title: "Buy milk" },
    { task_id: 4, status: "created", title: "Buy milk" },
  ),
  completed: seenCall(
    "complete_task",
    { task_id: 3 },
    { task_id: 3, status: "completed", title: "Pay rent" },
  ),
  deleted: seenCall("delete_task", { task_id: 2 }, { task_id: 2, status: "deleted", title: "Old" }),
  /** An update that changed the title. */
  renamed: seenCall(
    "update_task",
    { task_id: 1, title: "New" },
    { task_id: 1, status: "updated", title: "New" },
  ),
  /** An update that changed another field: the title stays. */
  described: seenCall(
    "update_task",
    { task_id: 1, description: "x" },
    { task_id: 1, status: "updated", title: "Same" },
  ),
  notFound: seenCall("delete_task", { task_id: 9 }, taskNotFound(9)),
} satisfies Record<string, SeenCall>;
