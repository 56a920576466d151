import { pushChannel } from "@/lib/push/push-channel";
import { inAppChannel } from "./in-app-channel";

/** A due reminder as a channel sees it: the task as it is at delivery time. */
export interface Reminder {
  /** The delivery row's key (reminder × channel); stable across retries. */
  deliveryId: string;
  userId: string;
  /** The task's internal key (foreign keys), never shown to people. */
  taskId: string;
  /** The task's per-user number, the `id` the API and the UI show. */
  taskNumber: number;
  title: string;
  /** The reminder's instant; a snooze or a moved repeat is a new reminder. */
  remindAt: Date;
  /** "YYYY-MM-DD" and "HH:MM" in the user's zone, when the task has them. */
  dueDate: string | null;
  dueTime: string | null;
  /** 1 on the first try, 2 on the first retry, … */
  attempt: number;
}

/**
 * What a channel answers for one reminder:
 * - `delivered`: it reached the person (or the service that shows it to them);
 * - `skipped`: nothing to deliver to (e.g. no push subscription): final, not an error;
 * - `retry`: a transient failure (network, 5xx, 429): tried again later with backoff;
 * - `failed`: a permanent failure: not tried again.
 * A channel that throws counts as `retry`. A push subscription the service answers
 * 404/410 for is the channel's to delete; with none left the answer is `skipped`.
 */
export type DeliveryOutcome =
  | { status: "delivered" }
  | { status: "skipped"; reason: string }
  | { status: "retry"; error: string }
  | { status: "failed"; error: string };

export interface ReminderChannel {
  /** Stored with each delivery row (`reminder_deliveries.channel`): never rename one. */
  readonly name: string;
  /** Off for everyone (e.g. push without VAPID keys): no delivery rows are queued for it. */
  isEnabled(): boolean;
  /** Whether this user has anything to deliver to; false records `skipped`. Optional. */
  isEnabledFor?(userId: string): Promise<boolean>;
  /**
   * Delivers one reminder. Called at most once at a time per reminder and channel, and
   * again only after a `retry` (or when a deliverer died mid-delivery and its claim ran
   * out): make it idempotent where the medium allows.
   */
  deliver(reminder: Reminder): Promise<DeliveryOutcome>;
}

/**
 * Every channel, in delivery order. The one place to register a new channel: add it
 * here and the delivery core (lib/reminders/deliver.ts) queues and delivers to it.
 */
const CHANNELS: readonly ReminderChannel[] = [inAppChannel, pushChannel];

/** The channels that are on in this process's configuration. */
export function reminderChannels(): ReminderChannel[] {
  return CHANNELS.filter((channel) => channel.isEnabled());
}

/** A registered channel by its stored name (enabled or not). */
export function reminderChannel(name: string): ReminderChannel | undefined {
  return CHANNELS.find((channel) => channel.name === name);
}
