import { z } from "zod";
import type { TaskRow } from "@/db/schema";
import { exactText, trimmedText } from "@/lib/validation/text";

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 2000;

export const taskTitle = trimmedText(1, TITLE_MAX);
export const taskDescription = exactText(DESCRIPTION_MAX);
/** A task's per-user number ("task 3"). */
export const taskNumber = z.number().int().min(1).max(2_147_483_647);
export const taskStatusFilter = z.enum(["all", "pending", "completed"]);

/** The contract's Task JSON. `id` is the per-user number, never the internal key. */
export interface Task {
  id: number;
  title: string;
  description: string | null;
  completed: boolean;
  created_at: string;
  updated_at: string;
}

export function toTask(row: TaskRow): Task {
  return {
    id: row.number,
    title: row.title,
    description: row.description,
    completed: row.completed,
    created_at: new Date(row.created_at).toISOString(),
    updated_at: new Date(row.updated_at).toISOString(),
  };
}

/** What a user who has as many tasks as allowed is told, by the API and the tools alike. */
export function taskLimitMessage(maxTasks: number): string {
  return `You have ${maxTasks} tasks, the most allowed. Delete some you no longer need first.`;
}
