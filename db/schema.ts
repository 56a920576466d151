import type { TaskPriority } from "@/lib/tasks/task-fields";
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/**
 * The tables this app owns. Better Auth owns `user`, `session`, `account` and
 * `verification` (see lib/auth); we only reference `user.id`.
 */
export interface Database {
  tasks: TasksTable;
  task_counters: TaskCountersTable;
  conversations: ConversationsTable;
  messages: MessagesTable;
  message_feedback: MessageFeedbackTable;
  chat_usage: ChatUsageTable;
  rate_limit_hits: RateLimitHitsTable;
  task_completions: TaskCompletionsTable;
  user_settings: UserSettingsTable;
  reminder_deliveries: ReminderDeliveriesTable;
  notifications: NotificationsTable;
  push_subscriptions: PushSubscriptionsTable;
  calendar_feeds: CalendarFeedsTable;
  vapid_keys: VapidKeysTable;
  push_deliveries: PushDeliveriesTable;
  /** Better Auth's; read here for the account endpoint, never written. */
  user: UserTable;
}

/** timestamptz with a default: optional on insert. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** A nullable timestamptz, unset by default. */
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;

/** Generated bigint: `pg` returns a string, PGlite a number or bigint; never written. */
type BigIntColumn = ColumnType<string | number | bigint, never, never>;

export interface TasksTable {
  /** Internal key; never shown to people. */
  id: BigIntColumn;
  user_id: string;
  /** The per-user number the contract calls `id`: 1, 2, 3 … never reused. */
  number: number;
  title: string;
  description: string | null;
  completed: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** "YYYY-MM-DD": db/tasks.ts reads the date column as text, never as a JS Date. */
  due_date: ColumnType<string | null, string | null | undefined, string | null>;
  /** "HH:MM": read as text too. */
  due_time: ColumnType<string | null, string | null | undefined, string | null>;
  priority: ColumnType<TaskPriority, TaskPriority | undefined, TaskPriority>;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  recurrence: ColumnType<string | null, string | null | undefined, string | null>;
  remind_at: NullableTimestamp;
  completed_at: NullableTimestamp;
  /** Set by a delete; the row is hidden everywhere and purged 30 days later. */
  deleted_at: NullableTimestamp;
}

/** One completion of a repeating task (the task itself moved on to its next date). */
export interface TaskCompletionsTable {
  id: BigIntColumn;
  /** The task's internal key. */
  task_id: string | number | bigint;
  user_id: string;
  /** The occurrence that was completed. */
  due_date: ColumnType<string | null, string | null, never>;
  completed_at: Timestamp;
}

/** What a user chose that Better Auth does not hold: their IANA time zone. */
export interface UserSettingsTable {
  user_id: string;
  timezone: string;
  updated_at: Timestamp;
}

export type ReminderDeliveryState = "pending" | "delivered" | "skipped" | "failed" | "cancelled";

/**
 * One reminder (a task's `remind_at` value) on one channel: the delivery queue and its
 * ledger (lib/reminders/deliver.ts). Unique per (task_id, remind_at, channel).
 */
export interface ReminderDeliveriesTable {
  id: BigIntColumn;
  /** The task's internal key. */
  task_id: string | number | bigint;
  user_id: string;
  remind_at: ColumnType<Date, Date | string, never>;
  channel: string;
  state: ColumnType<
    ReminderDeliveryState,
    ReminderDeliveryState | undefined,
    ReminderDeliveryState
  >;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: ColumnType<Date, Date | string, Date | string>;
  /** A claim's lease: no other deliverer takes the row before it runs out. */
  claimed_until: NullableTimestamp;
  last_error: ColumnType<string | null, string | null | undefined, string | null>;
  delivered_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A reminder delivered in the app: the header's list and the toast. */
export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  /** The task's internal key. */
  task_id: string | number | bigint;
  /** The task's per-user number, as the API shows it. */
  task_number: number;
  title: string;
  remind_at: ColumnType<Date, Date | string, never>;
  delivered_at: Timestamp;
  read_at: NullableTimestamp;
}

/** One device's Web Push subscription (a browser PushSubscription). */
export interface PushSubscriptionsTable {
  id: Generated<string>;
  user_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  user_agent: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_success_at: NullableTimestamp;
  last_failure_at: NullableTimestamp;
  failure_count: ColumnType<number, number | undefined, number>;
  /** The device's interface language when it subscribed ("en", "ur"); null: English. */
  locale: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A user's private calendar feed: the token's hash for lookup, the nonce it derives from. */
export interface CalendarFeedsTable {
  user_id: string;
  nonce: string;
  token_hash: string;
  created_at: Timestamp;
  rotated_at: Timestamp;
}

export interface UserTable {
  id: string;
  name: string;
  email: string;
}

/** The last task number handed out to each user; its row lock serialises concurrent adds. */
export interface TaskCountersTable {
  user_id: string;
  last_number: number;
  /** Visible (not deleted) tasks, open and done: kept by a trigger (migration 0008). */
  open_tasks: Generated<number>;
  done_tasks: Generated<number>;
}

export interface ConversationsTable {
  id: Generated<string>;
  user_id: string;
  title: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type MessageRole = "user" | "assistant";

/** One tool call as stored with an assistant message and shown by the API. */
export interface StoredToolCall {
  name: string;
  arguments: Record<string, unknown>;
  result: unknown;
}

export interface MessagesTable {
  id: Generated<string>;
  /** Insertion order within the database; ties in `created_at` cannot reorder a conversation. */
  seq: BigIntColumn;
  conversation_id: string;
  user_id: string;
  role: MessageRole;
  content: string;
  tool_calls: ColumnType<StoredToolCall[], string, string>;
  /** Set on the user message and its answer when the client sent one (retries are idempotent). */
  client_message_id: string | null;
  /** "complete", or "interrupted" when the answer was cut short (stopped or failed mid-stream). */
  status: Generated<"complete" | "interrupted">;
  created_at: Timestamp;
}

export type FeedbackKind = "positive" | "negative";

/** A person's verdict on a message (ChatKit's feedback buttons); one per message and person. */
export interface MessageFeedbackTable {
  message_id: string;
  user_id: string;
  kind: FeedbackKind;
  created_at: Timestamp;
}

/** One chat turn a user started: the chat quota's ledger (deleting a conversation keeps it). */
export interface ChatUsageTable {
  id: BigIntColumn;
  user_id: string;
  created_at: Timestamp;
}

/** A weighted hit on a named limit, e.g. `sign-in-failure:<email>` or `mcp-calls:<user>`. */
export interface RateLimitHitsTable {
  id: BigIntColumn;
  key: string;
  weight: ColumnType<number, number | undefined, never>;
  created_at: Timestamp;
}

export type TaskRow = Selectable<TasksTable>;
/** A new task's columns; the user and the number are the query's to set. */
export type NewTask = Omit<Insertable<TasksTable>, "user_id" | "number">;
/** The columns a change may set; the key, owner, number and timestamps are not among them. */
export type TaskUpdate = Omit<
  Updateable<TasksTable>,
  "user_id" | "number" | "created_at" | "updated_at"
>;
export type ConversationRow = Selectable<ConversationsTable>;
export type MessageRow = Selectable<MessagesTable>;
export type NewMessage = Insertable<MessagesTable>;
export type MessageFeedbackRow = Selectable<MessageFeedbackTable>;
/** The VAPID pair generated where none is configured (development, embedded database). */
export interface VapidKeysTable {
  id: ColumnType<boolean, boolean | undefined, never>;
  public_key: string;
  private_key: string;
  created_at: Timestamp;
}

/** A reminder's push that reached one device: a retry skips it. */
export interface PushDeliveriesTable {
  /** `reminder_deliveries.id`. */
  delivery_id: string | number | bigint;
  subscription_id: string;
  sent_at: Timestamp;
}

export type ReminderDeliveryRow = Selectable<ReminderDeliveriesTable>;
export type NotificationRow = Selectable<NotificationsTable>;
export type PushSubscriptionRow = Selectable<PushSubscriptionsTable>;
export type CalendarFeedRow = Selectable<CalendarFeedsTable>;
