// The task tools as CONTRACT.md's "Task tools" section defines them with rich tasks
// (due_date, due_time, priority, tags, recurrence, reminders, reopen, restore_task,
// list filters and sorts), on an in-memory list. The local model is tested against
// these schemas, so its understanding does not wait for, or depend on, the database.
import { tool, type ToolSet } from "ai";
import { z } from "zod";
import { unsetRichFields } from "./task-json";

export interface ContractTask {
  id: number;
  title: string;
  description: string | null;
  completed: boolean;
  deleted: boolean;
  due_date: string | null;
  due_time: string | null;
  priority: "none" | "low" | "medium" | "high";
  tags: string[];
  recurrence: string | null;
  remind_at: string | null;
}

const priority = z.enum(["none", "low", "medium", "high"]);
const details = {
  description: z.string().max(2000).nullable().optional(),
  due_date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .optional(),
  due_time: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable()
    .optional(),
  priority: priority.nullable().optional(),
  tags: z.array(z.string().min(1).max(30)).max(10).nullable().optional(),
  recurrence: z.string().nullable().optional(),
  remind_at: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
    .nullable()
    .optional(),
  remind_before_minutes: z.number().int().min(0).nullable().optional(),
};
const taskId = z.number().int().min(1);

/** A user's list: the tools, and what the list holds (the eval's notation). */
export function contractTools(setup: string[] = [], today = "2026-12-09") {
  const tasks: ContractTask[] = setup.map((line, i) => ({
    ...blank(i + 1),
    title: line.replace(/^\[x\] /, ""),
    completed: line.startsWith("[x] "),
  }));
  const find = (id: number) => tasks.find((t) => t.id === id && !t.deleted);
  const notFound = (id: number) => ({ error: "task_not_found", task_id: id });
  /** A tool that changes one task, found by number among the listed (or the deleted) ones. */
  const onOneTask = (
    description: string,
    status: string,
    change: (task: ContractTask) => void,
    among: "listed" | "deleted" = "listed",
  ) =>
    tool({
      description,
      inputSchema: z.strictObject({ task_id: taskId }),
      execute: async ({ task_id }) => {
        const task =
          among === "listed" ? find(task_id) : tasks.find((t) => t.id === task_id && t.deleted);
        if (!task) return notFound(task_id);
        change(task);
        return { task_id, status, title: task.title };
      },
    });
  /** A task as the tools show it: every field but the hidden deleted flag. */
  const view = (t: ContractTask): Omit<ContractTask, "deleted"> =>
    Object.fromEntries(Object.entries(t).filter(([key]) => key !== "deleted")) as Omit<
      ContractTask,
      "deleted"
    >;
  const apply = (task: ContractTask, input: Record<string, unknown>) => {
    for (const key of [
      "title",
      "description",
      "due_date",
      "due_time",
      "recurrence",
      "remind_at",
    ] as const) {
      if (key in input) (task as unknown as Record<string, unknown>)[key] = input[key] ?? null;
    }
    if ("priority" in input) task.priority = (input.priority as ContractTask["priority"]) ?? "none";
    if ("tags" in input)
      task.tags = ((input.tags as string[] | null) ?? []).map((t) => t.toLowerCase());
    if (task.due_date === null) task.due_time = null;
  };

  const tools: ToolSet = {
    add_task: tool({
      description: "Create one new task.",
      inputSchema: z.strictObject({ title: z.string().min(1).max(200), ...details }),
      execute: async (input) => {
        const task: ContractTask = { ...view(blank(tasks.length + 1)), deleted: false };
        apply(task, input);
        tasks.push(task);
        return { task_id: task.id, status: "created", ...view(task) };
      },
    }),
    list_tasks: tool({
      description: "List the user's tasks.",
      inputSchema: z.strictObject({
        status: z.enum(["all", "pending", "completed"]).optional(),
        due: z.enum(["today", "overdue", "upcoming", "none", "any"]).optional(),
        priority: priority.optional(),
        tag: z.string().optional(),
        query: z.string().optional(),
        sort: z.enum(["number", "due", "priority", "created", "title"]).optional(),
      }),
      execute: async ({ status = "all", due, priority: level, tag, query }) => {
        const shown = tasks.filter(
          (t) =>
            !t.deleted &&
            (status === "all" || t.completed === (status === "completed")) &&
            (!due || dueMatches(t, due, today)) &&
            (!level || t.priority === level) &&
            (!tag || t.tags.includes(tag.toLowerCase())) &&
            (!query ||
              `${t.title} ${t.description ?? ""}`.toLowerCase().includes(query.toLowerCase())),
        );
        return { tasks: shown.map(view), total: shown.length };
      },
    }),
    complete_task: onOneTask("Complete a task.", "completed", (task) => {
      task.completed = true;
    }),
    delete_task: onOneTask("Delete a task.", "deleted", (task) => {
      task.deleted = true;
    }),
    update_task: tool({
      description: "Change a task; null clears a field, completed: false reopens it.",
      inputSchema: z.strictObject({
        task_id: taskId,
        title: z.string().min(1).max(200).optional(),
        completed: z.literal(false).optional(),
        ...details,
      }),
      execute: async ({ task_id, completed, ...input }) => {
        const task = find(task_id);
        if (!task) return notFound(task_id);
        // The values the change replaces, as the real tool answers them (`previous`).
        const before: Record<string, unknown> = { ...task };
        apply(task, input);
        const after: Record<string, unknown> = { ...task };
        const previous = Object.fromEntries(
          ["title", "description", "due_date", "due_time", "priority", "tags", "recurrence"]
            .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
            .map((key) => [key, before[key]]),
        );
        if (completed === false) {
          task.completed = false;
          if (Object.keys(input).length === 0)
            return { task_id, status: "reopened", title: task.title };
        }
        return {
          task_id,
          status: "updated",
          ...view(task),
          ...(Object.keys(previous).length > 0 && { previous }),
        };
      },
    }),
    restore_task: onOneTask(
      "Bring back a deleted task.",
      "restored",
      (task) => {
        task.deleted = false;
      },
      "deleted",
    ),
  };
  const list = () =>
    Object.fromEntries(
      tasks
        .filter((t) => !t.deleted)
        .map((t) => [String(t.id), `${t.completed ? "[x] " : ""}${t.title}`]),
    );
  return { tools, tasks, list };
}

function blank(id: number): ContractTask {
  return {
    id,
    title: "",
    description: null,
    completed: false,
    deleted: false,
    ...unsetRichFields(),
  };
}

function dueMatches(t: ContractTask, due: string, today: string): boolean {
  const week = new Date(`${today}T00:00:00Z`);
  week.setUTCDate(week.getUTCDate() + 7);
  const limit = week.toISOString().slice(0, 10);
  switch (due) {
    case "none":
      return t.due_date === null;
    case "any":
      return t.due_date !== null;
    case "overdue":
      return !t.completed && t.due_date !== null && t.due_date < today;
    case "today":
      return t.due_date !== null && t.due_date <= today;
    default:
      return t.due_date !== null && t.due_date > today && t.due_date <= limit;
  }
}
