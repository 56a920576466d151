import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { database } from "@/db";
import { claimDueDeliveries, settleDelivery } from "@/db/reminder-deliveries";
import { insertTask, updateTask, deleteTask } from "@/db/tasks";
import { completeTask } from "@/lib/tasks/task-service";
import { addDays, todayIn } from "@/lib/time/zoned-time";
import { insertUser, migrateTestDatabase } from "@/test/support/unit-database";
import type { DeliveryOutcome, Reminder, ReminderChannel } from "./channels";
import { inAppChannel } from "./in-app-channel";
import { deliverDueReminders } from "./deliver";
import { MAX_ATTEMPTS } from "./retry-policy";

const db = () => database().db;
const minutes = (date: Date, count: number) => new Date(date.getTime() + count * 60_000);

let userId: string;
let base: Date;
let testIndex = 0;

beforeAll(async () => {
  await migrateTestDatabase();
});

beforeEach(async () => {
  userId = await insertUser("Ann");
  // Each test gets its own week, so reminders of other tests are long past (> 48 h).
  testIndex += 1;
  base = new Date(Date.UTC(2030, 0, 1 + 7 * testIndex, 8));
});

async function notificationsOf(user: string) {
  return db()
    .selectFrom("notifications")
    .select(["task_number", "title", "remind_at"])
    .where("user_id", "=", user)
    .orderBy("remind_at")
    .execute();
}

async function deliveriesOf(user: string) {
  return db()
    .selectFrom("reminder_deliveries")
    .select(["channel", "state", "attempts", "next_attempt_at", "last_error", "delivered_at"])
    .where("user_id", "=", user)
    .orderBy("id")
    .execute();
}

/** A test channel that answers each attempt from a script and remembers what it got. */
function scriptedChannel(
  name: string,
  script: DeliveryOutcome["status"][],
): ReminderChannel & {
  received: Reminder[];
} {
  const received: Reminder[] = [];
  return {
    name,
    received,
    isEnabled: () => true,
    async deliver(reminder) {
      received.push(reminder);
      const status = script.shift() ?? "delivered";
      if (status === "retry") return { status, error: "service unavailable" };
      if (status === "failed") return { status, error: "bad request" };
      if (status === "skipped") return { status, reason: "no device" };
      return { status };
    },
  };
}

describe("deliverDueReminders", () => {
  it("delivers a due reminder in the app once, and nothing before it is due", async () => {
    await insertTask(userId, { title: "Stretch", remind_at: base });
    expect((await deliverDueReminders(minutes(base, -1))).delivered).toBe(0);
    expect(await notificationsOf(userId)).toEqual([]);

    expect(await deliverDueReminders(minutes(base, 1))).toMatchObject({ delivered: 1 });
    expect(await deliverDueReminders(minutes(base, 2))).toMatchObject({ delivered: 0 });
    expect(await notificationsOf(userId)).toEqual([
      { task_number: 1, title: "Stretch", remind_at: base },
    ]);
    expect(await deliveriesOf(userId)).toEqual([
      expect.objectContaining({ channel: "in_app", state: "delivered", attempts: 1 }),
      // Push is on (keys generated for tests); Ann has no device to push to.
      expect.objectContaining({ channel: "push", state: "skipped", attempts: 1 }),
    ]);
  });

  it("never delivers for a deleted or completed task", async () => {
    const deleted = await insertTask(userId, { title: "Deleted", remind_at: base });
    const done = await insertTask(userId, { title: "Done", remind_at: base });
    await deleteTask(userId, deleted.number);
    await completeTask(userId, done.number);
    expect((await deliverDueReminders(minutes(base, 1))).delivered).toBe(0);
    expect(await notificationsOf(userId)).toEqual([]);
  });

  it("cancels a queued delivery whose task is deleted before it is claimed", async () => {
    const task = await insertTask(userId, { title: "Gone soon", remind_at: base });
    const flaky = scriptedChannel("flaky", ["retry"]);
    await deliverDueReminders(minutes(base, 1), { channels: [flaky] });
    await deleteTask(userId, task.number);
    const report = await deliverDueReminders(minutes(base, 5), { channels: [flaky] });
    expect(report).toMatchObject({ delivered: 0, cancelled: 1 });
    expect(flaky.received).toHaveLength(1);
    expect((await deliveriesOf(userId))[0]).toMatchObject({ state: "cancelled", attempts: 2 });
  });

  it("delivers a snoozed reminder again, as a new reminder", async () => {
    const task = await insertTask(userId, { title: "Call mom", remind_at: base });
    await deliverDueReminders(minutes(base, 1));
    await updateTask(userId, task.number, { remind_at: minutes(base, 10) });
    expect((await deliverDueReminders(minutes(base, 5))).delivered).toBe(0);
    expect((await deliverDueReminders(minutes(base, 11))).delivered).toBe(1);
    expect((await notificationsOf(userId)).map((n) => n.remind_at)).toEqual([
      base,
      minutes(base, 10),
    ]);
  });

  it("moves a repeating task's reminder to the next occurrence, which is delivered again", async () => {
    const today = todayIn("UTC");
    const firstReminder = new Date(`${today}T08:00:00Z`);
    const task = await insertTask(userId, {
      title: "Water plants",
      due_date: today,
      due_time: "09:00",
      recurrence: "FREQ=DAILY",
      remind_at: firstReminder,
    });
    expect((await deliverDueReminders(minutes(firstReminder, 1))).delivered).toBe(1);

    const { row } = await completeTask(userId, task.number);
    const tomorrow = addDays(today, 1);
    expect(row.due_date).toBe(tomorrow);
    const nextReminder = new Date(`${tomorrow}T08:00:00Z`);
    expect(row.remind_at).toEqual(nextReminder);

    expect((await deliverDueReminders(minutes(firstReminder, 2))).delivered).toBe(0);
    expect((await deliverDueReminders(minutes(nextReminder, 1))).delivered).toBe(1);
    expect((await notificationsOf(userId)).map((n) => n.remind_at)).toEqual([
      firstReminder,
      nextReminder,
    ]);
  });

  it("does not deliver reminders more than two days late", async () => {
    await insertTask(userId, { title: "Old", remind_at: base });
    expect((await deliverDueReminders(minutes(base, 49 * 60))).delivered).toBe(0);
    expect(await deliveriesOf(userId)).toEqual([]);
  });

  it("retries a failing channel with backoff, without repeating the channels that worked", async () => {
    await insertTask(userId, { title: "Pay rent", remind_at: base });
    const flaky = scriptedChannel("flaky", ["retry", "retry", "delivered"]);
    const channels = [inAppChannel, flaky];

    const first = await deliverDueReminders(minutes(base, 1), { channels });
    expect(first).toMatchObject({ delivered: 1, retrying: 1 });
    // Not before the first retry's time (30 s after the failure) …
    expect(await deliverDueReminders(minutes(base, 1.25), { channels })).toMatchObject({
      delivered: 0,
      retrying: 0,
    });
    // … then at it, and 60 s after the second failure.
    expect(await deliverDueReminders(minutes(base, 1.5), { channels })).toMatchObject({
      retrying: 1,
    });
    const pending = (await deliveriesOf(userId)).find((row) => row.channel === "flaky");
    expect(pending).toMatchObject({
      state: "pending",
      attempts: 2,
      next_attempt_at: minutes(base, 2.5),
      last_error: "service unavailable",
    });
    expect(await deliverDueReminders(minutes(base, 2.5), { channels })).toMatchObject({
      delivered: 1,
    });

    expect(flaky.received.map((reminder) => reminder.attempt)).toEqual([1, 2, 3]);
    expect(await notificationsOf(userId)).toHaveLength(1);
    expect(await deliveriesOf(userId)).toEqual([
      expect.objectContaining({ channel: "flaky", state: "delivered", attempts: 3 }),
      expect.objectContaining({ channel: "in_app", state: "delivered", attempts: 1 }),
    ]);
  });

  it("gives up on a channel after the last attempt, and treats a throw as a retry", async () => {
    await insertTask(userId, { title: "Never arrives", remind_at: base });
    const broken: ReminderChannel = {
      name: "broken",
      isEnabled: () => true,
      deliver: async () => {
        throw new Error("connection reset");
      },
    };
    let now = minutes(base, 1);
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt += 1) {
      expect(await deliverDueReminders(now, { channels: [broken] })).toMatchObject({ retrying: 1 });
      now = minutes(now, 61);
    }
    expect(await deliverDueReminders(now, { channels: [broken] })).toMatchObject({
      retrying: 0,
      failed: 1,
    });
    const [row] = await deliveriesOf(userId);
    expect(row).toMatchObject({ state: "failed", attempts: MAX_ATTEMPTS });
    expect(row!.last_error).toMatch(/gave up after 8 attempts: connection reset/);
  });

  it("records a channel with nowhere to deliver as skipped", async () => {
    await insertTask(userId, { title: "No phone", remind_at: base });
    const noDevice = { ...scriptedChannel("device", []), isEnabledFor: async () => false };
    expect(await deliverDueReminders(minutes(base, 1), { channels: [noDevice] })).toMatchObject({
      skipped: 1,
    });
    expect(noDevice.received).toEqual([]);
  });

  it("delivers each reminder once when several deliverers run at once", async () => {
    for (let i = 0; i < 60; i += 1) {
      await insertTask(userId, { title: `Reminder ${i}`, remind_at: minutes(base, -i) });
    }
    const reports = await Promise.all(
      [0, 1, 2, 3].map(() => deliverDueReminders(minutes(base, 1))),
    );
    expect(reports.reduce((sum, report) => sum + report.delivered, 0)).toBe(60);
    const notes = await notificationsOf(userId);
    expect(new Set(notes.map((note) => note.task_number)).size).toBe(60);
    expect(notes).toHaveLength(60);
  });
});

describe("one user's delivery (the open app's poll)", () => {
  it("delivers only that user's reminders, and the rest later", async () => {
    const other = await insertUser("Bob");
    await insertTask(userId, { title: "Mine", remind_at: base });
    await insertTask(other, { title: "Bob's", remind_at: base });
    const mine = await deliverDueReminders(minutes(base, 1), { userId });
    expect(mine.delivered).toBe(1);
    expect(await notificationsOf(other)).toEqual([]);
    expect(await deliveriesOf(other)).toEqual([]);
    expect((await deliverDueReminders(minutes(base, 1))).delivered).toBe(1);
    expect((await notificationsOf(other)).map((note) => note.title)).toEqual(["Bob's"]);
    expect((await notificationsOf(userId)).map((note) => note.title)).toEqual(["Mine"]);
  });
});

describe("claims", () => {
  it("passes over claimed rows, takes them back when the lease runs out, and ignores the stale settle", async () => {
    await insertTask(userId, { title: "Leased", remind_at: base });
    const flaky = scriptedChannel("lease", ["retry"]);
    // Queue the row (its first attempt fails and comes back 30 s later).
    await deliverDueReminders(minutes(base, 1), { channels: [flaky] });
    const at = minutes(base, 2);
    const [first] = await claimDueDeliveries(at, minutes(at, 5), 10, ["lease"]);
    expect(first).toMatchObject({ attempts: 2, live: true, title: "Leased" });
    expect(await claimDueDeliveries(minutes(at, 4), minutes(at, 9), 10, ["lease"])).toEqual([]);

    const [again] = await claimDueDeliveries(minutes(at, 5), minutes(at, 10), 10, ["lease"]);
    expect(again).toMatchObject({ id: first!.id, attempts: 3 });
    expect(await settleDelivery(first!.id, first!.attempts, { state: "delivered" })).toBe(false);
    expect(await settleDelivery(again!.id, again!.attempts, { state: "delivered" })).toBe(true);
    expect(await settleDelivery(again!.id, again!.attempts, { state: "failed" })).toBe(false);
  });
});
