import https from "node:https";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { database } from "@/db";
import { saveSubscription } from "@/db/push-subscriptions";
import { insertTask } from "@/db/tasks";
import { deliverDueReminders } from "@/lib/reminders/deliver";
import { retryDelayMs } from "@/lib/reminders/retry-policy";
import { startPushService, type PushDevice, type PushService } from "@/test/support/push-service";
import { insertUser, migrateTestDatabase } from "@/test/support/unit-database";
import { pushChannel } from "./push-channel";
import { vapidDetails } from "./vapid";

const db = () => database().db;
const minutes = (date: Date, count: number) => new Date(date.getTime() + count * 60_000);
const channels = [pushChannel];

let service: PushService;
let userId: string;
let base: Date;
let week = 0;

beforeAll(async () => {
  await migrateTestDatabase();
  service = await startPushService();
  // This process trusts the stand-in's self-signed certificate (the server under test in
  // the integration suite gets it as NODE_EXTRA_CA_CERTS).
  https.globalAgent.options.ca = [service.certificate];
});
afterAll(async () => {
  https.globalAgent.options.ca = undefined;
  await service?.close();
});

beforeEach(async () => {
  userId = await insertUser("Pia");
  // Each test its own week: earlier tests' reminders are more than a day late by then.
  week += 1;
  base = new Date(Date.UTC(2031, 0, 1 + 7 * week, 9));
});

async function subscribe(user: string, locale = "en"): Promise<PushDevice> {
  const device = service.newDevice();
  const { endpoint, keys } = device.subscription;
  await saveSubscription(user, { endpoint, ...keys, userAgent: "test", locale });
  return device;
}

async function pushDeliveryOf(user: string) {
  return db()
    .selectFrom("reminder_deliveries")
    .select(["state", "attempts", "last_error"])
    .where("user_id", "=", user)
    .where("channel", "=", "push")
    .executeTakeFirstOrThrow();
}

const endpointsOf = async (user: string) =>
  (
    await db()
      .selectFrom("push_subscriptions")
      .select("endpoint")
      .where("user_id", "=", user)
      .execute()
  ).map((row) => row.endpoint);

describe("the Web Push channel", () => {
  it("pushes {title, body, url} to every device, signed with the VAPID key", async () => {
    const phone = await subscribe(userId);
    const laptop = await subscribe(userId);
    const task = await insertTask(userId, {
      title: "Stretch",
      due_date: "2031-01-15",
      due_time: "09:00",
      remind_at: base,
    });

    const report = await deliverDueReminders(minutes(base, 1), { channels });
    expect(report).toMatchObject({ delivered: 1, retrying: 0, failed: 0 });
    const vapid = (await vapidDetails())!;
    for (const device of [phone, laptop]) {
      expect(device.received).toHaveLength(1);
      expect(device.received[0]).toMatchObject({
        payload: { title: "Stretch", body: "Due 2031-01-15 09:00 · task #1", url: "/?task=1" },
        urgency: "high",
        topic: `task-${task.number}`,
        vapidPublicKey: vapid.publicKey,
      });
      expect(device.received[0]!.ttl).toBeGreaterThan(0);
    }
    expect(await pushDeliveryOf(userId)).toMatchObject({ state: "delivered", attempts: 1 });

    // Delivered once: a later run pushes nothing more.
    await deliverDueReminders(minutes(base, 5), { channels });
    expect(phone.received).toHaveLength(1);
  });

  it("words each device's push in the interface language it subscribed with", async () => {
    const phone = await subscribe(userId, "ur");
    const laptop = await subscribe(userId, "en");
    await insertTask(userId, {
      title: "دودھ خریدنا",
      due_date: "2031-01-15",
      due_time: "17:00",
      remind_at: base,
    });
    await insertTask(userId, { title: "Stretch", remind_at: minutes(base, 1) });

    await deliverDueReminders(minutes(base, 2), { channels });
    const payloads = (device: PushDevice) =>
      device.received
        .map((message) => message.payload as { title: string })
        .sort((a, b) => (a.title < b.title ? -1 : 1));
    expect(payloads(phone)).toEqual([
      { title: "Stretch", body: "یاد دہانی · کام #2", url: "/?task=2" },
      { title: "دودھ خریدنا", body: "آخری تاریخ 2031-01-15 17:00 · کام #1", url: "/?task=1" },
    ]);
    expect(payloads(laptop)).toEqual([
      { title: "Stretch", body: "Reminder · task #2", url: "/?task=2" },
      { title: "دودھ خریدنا", body: "Due 2031-01-15 17:00 · task #1", url: "/?task=1" },
    ]);
  });

  it("forgets a device the push service answers 410 for, and still reaches the others", async () => {
    const gone = await subscribe(userId);
    const kept = await subscribe(userId);
    gone.answerWith(410);
    await insertTask(userId, { title: "Water plants", remind_at: base });

    await deliverDueReminders(minutes(base, 1), { channels });
    expect(kept.received.map((push) => push.payload)).toEqual([
      { title: "Water plants", body: "Reminder · task #1", url: "/?task=1" },
    ]);
    expect(await endpointsOf(userId)).toEqual([kept.subscription.endpoint]);
    expect(await pushDeliveryOf(userId)).toMatchObject({ state: "delivered" });
  });

  it("skips when every device is gone (404), deleting them", async () => {
    const device = await subscribe(userId);
    device.answerWith(404);
    await insertTask(userId, { title: "Old phone", remind_at: base });
    await deliverDueReminders(minutes(base, 1), { channels });
    expect(await endpointsOf(userId)).toEqual([]);
    expect(await pushDeliveryOf(userId)).toMatchObject({ state: "skipped" });
  });

  it("retries a device the service failed for, without pushing again to the ones reached", async () => {
    const reached = await subscribe(userId);
    const flaky = await subscribe(userId);
    flaky.answerWith(503);
    await insertTask(userId, { title: "Pay rent", remind_at: base });

    const first = await deliverDueReminders(minutes(base, 1), { channels });
    expect(first).toMatchObject({ delivered: 0, retrying: 1 });
    expect(await pushDeliveryOf(userId)).toMatchObject({
      state: "pending",
      attempts: 1,
      last_error: "push service answered 503",
    });
    expect(reached.received).toHaveLength(1);

    flaky.answerWith(201);
    const retryAt = new Date(minutes(base, 1).getTime() + retryDelayMs(1) + 1000);
    const second = await deliverDueReminders(retryAt, { channels });
    expect(second).toMatchObject({ delivered: 1 });
    expect(flaky.received).toHaveLength(1);
    expect(reached.received).toHaveLength(1);
    expect(await pushDeliveryOf(userId)).toMatchObject({ state: "delivered", attempts: 2 });
  });

  it("records nothing to push for a user without devices, and never reaches another user's", async () => {
    const otherUser = await insertUser("Other");
    const others = await subscribe(otherUser);
    await insertTask(userId, { title: "Mine alone", remind_at: base });
    await deliverDueReminders(minutes(base, 1), { channels });
    expect(await pushDeliveryOf(userId)).toMatchObject({ state: "skipped" });
    expect(others.received).toEqual([]);
  });
});
