import { z } from "zod";
import { exactText, trimmedText } from "@/lib/validation/text";
import { isCalendarDate } from "@/lib/time/zoned-time";
import { normaliseRecurrence, recurrenceProblem } from "./recurrence";

/**
 * The one field set of a task. The REST bodies, the tool inputs, the Task JSON and the
 * tool results all derive from it, so a plain new field is a migration, its column in
 * db/schema.ts, one line here and the UI that shows it (docs/architecture.md).
 * Client code imports this file too: it imports nothing server-only.
 */

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 2000;
export const TAG_MAX = 30;
export const TAGS_MAX = 10;

export const TASK_PRIORITIES = ["none", "low", "medium", "high"] as const;
export const taskPriority = z.enum(TASK_PRIORITIES);
export type TaskPriority = z.infer<typeof taskPriority>;

/** A calendar date in the user's zone. */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
  .refine(isCalendarDate, "must be a real calendar date");

/** A wall-clock time of day in the user's zone, 24 h. */
export const wallTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM (24 h)");

// Letters of any script (with their combining marks), digits, "-" and "_".
const TAG_PATTERN = /^[\p{L}\p{M}\p{N}_-]+$/u;

/** One tag: lower-cased, a leading "#" dropped ("#Work" → "work"). */
export const taskTag = z
  .string()
  .transform((tag) => tag.trim().replace(/^#/, "").toLowerCase())
  .pipe(
    z
      .string()
      .min(1, "a tag must not be empty")
      .max(TAG_MAX, `a tag must be at most ${TAG_MAX} characters`)
      .regex(TAG_PATTERN, "a tag holds only letters, digits, - and _"),
  );

export const taskTags = z
  .array(taskTag)
  .max(TAGS_MAX, `at most ${TAGS_MAX} tags`)
  // "Work" and "work" are one tag once lower-cased: keep it once.
  .transform((tags) => [...new Set(tags)])
  // JSON Schema (MCP output schemas) shows the output side of a pipe: state it.
  .pipe(z.array(z.string()));

export const taskRecurrence = z
  .string()
  .max(500)
  .transform(normaliseRecurrence)
  .superRefine((rule, context) => {
    const problem = recurrenceProblem(rule);
    if (problem) context.addIssue({ code: "custom", message: problem });
  })
  .pipe(z.string());

/**
 * What a person writes on a task. A field that may be empty is nullable: REST bodies
 * take `null` to clear it. `priority: null` means "none" and `tags: null` means [].
 */
export const taskFields = {
  title: trimmedText(1, TITLE_MAX).describe(
    "Short title of the task, 1-200 characters: what to do, never a date, time, priority or tag",
  ),
  description: exactText(DESCRIPTION_MAX)
    .describe("Longer details, up to 2000 characters")
    .nullable(),
  due_date: calendarDate
    .describe("The day the task is due, YYYY-MM-DD, in the user's time zone")
    .nullable(),
  due_time: wallTime
    .describe("Time of day it is due, HH:MM (24 h) in the user's time zone; needs due_date")
    .nullable(),
  priority: taskPriority
    .nullable()
    .transform((priority) => priority ?? "none")
    .pipe(taskPriority)
    .describe('"none" (default), "low", "medium" or "high"'),
  tags: taskTags
    .nullable()
    .transform((tags) => tags ?? [])
    .pipe(z.array(z.string()))
    .describe(
      `Tags, lower-case words without "#" (letters, digits, - and _; 1-${TAG_MAX} characters), at most ${TAGS_MAX}`,
    ),
  recurrence: taskRecurrence
    .describe(
      "How the task repeats: an RFC 5545 RRULE without DTSTART, e.g. FREQ=WEEKLY;BYDAY=MO or FREQ=DAILY; needs due_date",
    )
    .nullable(),
  remind_at: z.iso
    .datetime({ offset: true })
    .transform((instant) => new Date(instant).toISOString())
    .pipe(z.string())
    .describe("When to remind the user: an ISO 8601 instant")
    .nullable(),
};

export type TaskFieldValues = { [K in keyof typeof taskFields]: z.output<(typeof taskFields)[K]> };

/** Whether a task is done. Set by PATCH or complete_task, never on creation. */
export const taskCompleted = z.boolean();

/** A task's per-user number ("task 3"). */
export const taskNumber = z.number().int().min(1).max(2_147_483_647);

/** Which tasks a list shows. */
export const taskStatusFilter = z.enum(["all", "pending", "completed"]);
export type TaskStatusFilter = z.infer<typeof taskStatusFilter>;

/** Which due dates a list shows (in the user's zone; docs/api.md has the definitions). */
export const taskDueFilter = z.enum(["today", "overdue", "upcoming", "none", "any"]);
export type TaskDueFilter = z.infer<typeof taskDueFilter>;

/** The order of a list; ties by number. */
export const taskSort = z.enum(["number", "due", "priority", "created", "title"]);
export type TaskSort = z.infer<typeof taskSort>;

/** A date and a time that belong together: no time without a day, no repeat without a start. */
function requireDueDate(
  body: { due_date?: string | null; due_time?: string | null; recurrence?: string | null },
  context: z.RefinementCtx,
) {
  if (body.due_date) return;
  if (body.due_time) {
    context.addIssue({ code: "custom", path: ["due_time"], message: "needs a due_date" });
  }
  if (body.recurrence) {
    context.addIssue({ code: "custom", path: ["recurrence"], message: "needs a due_date" });
  }
}

const newTaskShape = z.strictObject(taskFields).partial().extend({ title: taskFields.title });

/** Body of `POST /api/tasks`: the fields, with a title. */
export const CreateTaskSchema = newTaskShape.superRefine(requireDueDate);
export type NewTaskInput = z.input<typeof CreateTaskSchema>;

const taskChanges = z.strictObject(taskFields).extend({ completed: taskCompleted }).partial();

/**
 * Body of `PATCH /api/tasks/{id}`: any of the fields, and `completed` (false reopens).
 * Whether a time or a repeat has its date depends on the stored task too: the service checks.
 */
export const UpdateTaskSchema = taskChanges.refine(
  (body) => Object.keys(body).length > 0,
  `Send at least one of ${Object.keys(taskChanges.shape).join(", ")}.`,
);
/** Changes as the UI holds them (already normalised, so also a valid body to send). */
export type TaskChanges = z.output<typeof UpdateTaskSchema>;

/** A local date-time in the user's zone, as models say it. */
export const localDateTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/,
    "must be a local date-time YYYY-MM-DDTHH:MM",
  )
  .refine((value) => isCalendarDate(value.slice(0, 10)), "must be a real calendar date");

/**
 * The fields as tool inputs. A model says a reminder in the user's wall-clock time
 * (`remind_at` "YYYY-MM-DDTHH:MM") or relative to the due time (`remind_before_minutes`).
 */
export const taskToolFields = {
  ...taskFields,
  remind_at: localDateTime
    .describe("When to remind the user: local date-time YYYY-MM-DDTHH:MM in the user's time zone")
    .nullable(),
  remind_before_minutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 28)
    .describe("Remind this many minutes before the due date and time (instead of remind_at)")
    .nullable(),
};

type WithoutNull<F> = F extends z.ZodNullable<infer Inner> ? Inner : F;

/** Tool fields for a new task: nothing to clear, so nothing takes null. */
export const newTaskToolFields = Object.fromEntries(
  Object.entries(taskToolFields).map(([name, field]) => [
    name,
    field instanceof z.ZodNullable ? field.unwrap() : field,
  ]),
) as { [K in keyof typeof taskToolFields]: WithoutNull<(typeof taskToolFields)[K]> };
