import ICAL from "ical.js";
import webpush from "web-push";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type AppUnderTest } from "@/test/support/app-server";
import { parseIcs } from "@/test/support/ics";
import { createLaneDatabase, describeEachLane, type LaneDatabase } from "@/test/support/lanes";
import { startPushService, type PushDevice, type PushService } from "@/test/support/push-service";
import { apiAs, signUp, type TestUser } from "@/test/support/users";

const CRON_SECRET = "cron-secret-for-the-push-tests";
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describeEachLane((lane) => {
  let database: LaneDatabase;
  let app: AppUnderTest;
  let push: PushService;
  const url = () => app.server.url;
  const api = (user: TestUser) => apiAs(url(), user);

  beforeAll(async () => {
    database = await createLaneDatabase(lane);
    push = await startPushService();
    // PGlite: no keys configured, so the server generates a pair and keeps it in the
    // database (the embedded database's path); the server lanes are configured.
    const vapid = lane.name === "pglite" ? {} : webpush.generateVAPIDKeys();
    app = await startApp({
      database,
      env: {
        CRON_SECRET,
        NODE_EXTRA_CA_CERTS: push.certificatePath,
        ...(lane.name === "pglite"
          ? {}
          : {
              VAPID_PUBLIC_KEY: (vapid as { publicKey: string }).publicKey,
              VAPID_PRIVATE_KEY: (vapid as { privateKey: string }).privateKey,
              VAPID_SUBJECT: "mailto:ops@example.com",
            }),
      },
    });
  });
  afterAll(async () => {
    await app?.stop();
    await push?.close();
    await database?.remove();
  });

  async function deliverNow() {
    const response = await fetch(`${url()}/api/cron/reminders`, {
      headers: { authorization: `Bearer ${CRON_SECRET}` },
    });
    expect(response.status).toBe(200);
  }

  async function subscribedUser(): Promise<{ user: TestUser; device: PushDevice }> {
    const user = await signUp(url());
    const device = push.newDevice();
    const saved = await api(user)("POST", "/api/push/subscriptions", device.subscription);
    expect(saved.status).toBe(201);
    return { user, device };
  }

  describe("Web Push", () => {
    it("hands out the VAPID public key the pushes are signed with", async () => {
      const { user, device } = await subscribedUser();
      const key = await api(user)("GET", "/api/push/public-key");
      expect(key.status).toBe(200);
      expect(Buffer.from(key.json.public_key, "base64url")).toHaveLength(65);
      expect((await fetch(`${url()}/api/push/public-key`)).status).toBe(401);

      await api(user)("POST", "/api/tasks", { title: "Stretch", remind_at: minutesAgo(1) });
      await deliverNow();
      const [received] = await push.waitFor(device, 1);
      expect(received!.vapidPublicKey).toBe(key.json.public_key);
      expect(received!.subject).toMatch(/^(mailto:|https:)/);
    });

    it("delivers a due reminder to the push service, encrypted for the device: {title, body, url}", async () => {
      const { user, device } = await subscribedUser();
      await api(user)("POST", "/api/tasks", { title: "Old one" });
      const added = await api(user)("POST", "/api/tasks", {
        title: "Call mom",
        due_date: "2031-05-06",
        due_time: "17:00",
        remind_at: minutesAgo(2),
      });
      expect(added.status).toBe(201);
      await deliverNow();
      const received = await push.waitFor(device, 1);
      expect(received.map((message) => message.payload)).toEqual([
        { title: "Call mom", body: "Due 2031-05-06 17:00 · task #2", url: "/?task=2" },
      ]);
      expect(received[0]!.topic).toBe("task-2");
      // Exactly once: another trigger pushes nothing more.
      await deliverNow();
      expect(device.received).toHaveLength(1);
    });

    it("words a device's pushes in the interface language it subscribed in, and again after a switch", async () => {
      const user = await signUp(url());
      const subscribeWith = async (device: PushDevice, headers: Record<string, string>) => {
        const saved = await fetch(`${url()}/api/push/subscriptions`, {
          method: "POST",
          headers: {
            authorization: `Bearer ${user.token}`,
            "content-type": "application/json",
            ...headers,
          },
          body: JSON.stringify(device.subscription),
        });
        expect(saved.status).toBe(201);
      };
      const phone = push.newDevice();
      const laptop = push.newDevice();
      await subscribeWith(phone, { cookie: "taskchat-locale=ur", "accept-language": "en-US" });
      await subscribeWith(laptop, { "accept-language": "en-US,en;q=0.9" });
      await api(user)("POST", "/api/tasks", {
        title: "دودھ خریدنا",
        due_date: "2031-05-06",
        due_time: "17:00",
        remind_at: minutesAgo(2),
      });
      await deliverNow();
      const [toPhone] = await push.waitFor(phone, 1);
      const [toLaptop] = await push.waitFor(laptop, 1);
      expect(toPhone!.payload).toEqual({
        title: "دودھ خریدنا",
        body: "آخری تاریخ 2031-05-06 17:00 · کام #1",
        url: "/?task=1",
      });
      expect(toLaptop!.payload).toMatchObject({ body: "Due 2031-05-06 17:00 · task #1" });

      // The language switch posts the subscription again with the new cookie.
      await subscribeWith(laptop, { cookie: "taskchat-locale=ur" });
      await api(user)("POST", "/api/tasks", { title: "Stretch", remind_at: minutesAgo(1) });
      await deliverNow();
      const [, next] = await push.waitFor(laptop, 2);
      expect(next!.payload).toEqual({
        title: "Stretch",
        body: "یاد دہانی · کام #2",
        url: "/?task=2",
      });
    });

    it("deletes a subscription the push service answers 410 for", async () => {
      const { user, device } = await subscribedUser();
      device.answerWith(410);
      await api(user)("POST", "/api/tasks", { title: "Gone device", remind_at: minutesAgo(1) });
      await deliverNow();
      // The subscription is gone: unsubscribing finds nothing, a new reminder sends nothing.
      const removed = await api(user)("DELETE", "/api/push/subscriptions", {
        endpoint: device.subscription.endpoint,
      });
      expect(removed.status).toBe(404);
      device.answerWith(201);
      await api(user)("POST", "/api/tasks", { title: "After", remind_at: minutesAgo(1) });
      await deliverNow();
      expect(device.received).toEqual([]);
      if (lane.name !== "pglite") {
        const rows = await database.query(
          `select endpoint from push_subscriptions where endpoint = $1`,
          [device.subscription.endpoint],
        );
        expect(rows).toEqual([]);
      }
    });

    it("unsubscribes a device: no more pushes to it", async () => {
      const { user, device } = await subscribedUser();
      const removed = await api(user)("DELETE", "/api/push/subscriptions", {
        endpoint: device.subscription.endpoint,
      });
      expect(removed.status).toBe(204);
      await api(user)("POST", "/api/tasks", { title: "Quiet", remind_at: minutesAgo(1) });
      await deliverNow();
      expect(device.received).toEqual([]);
    });

    it("refuses a subscription that is not a browser's, naming the field", async () => {
      const user = await signUp(url());
      const good = push.newDevice().subscription;
      const cases: [unknown, string][] = [
        [{ ...good, endpoint: "http://push.example.com/x" }, "endpoint"],
        [{ ...good, endpoint: "not a url" }, "endpoint"],
        [{ ...good, keys: { ...good.keys, p256dh: "AAAA" } }, "keys.p256dh"],
        [{ ...good, keys: { p256dh: good.keys.p256dh } }, "keys.auth"],
        [{ endpoint: good.endpoint }, "keys"],
      ];
      for (const [body, field] of cases) {
        const answer = await api(user)("POST", "/api/push/subscriptions", body);
        expect(answer.status).toBe(400);
        expect(answer.json.error).toMatchObject({ code: "VALIDATION_ERROR", field });
      }
      const anonymous = await fetch(`${url()}/api/push/subscriptions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(good),
      });
      expect(anonymous.status).toBe(401);
    });

    it("keeps each user's subscriptions their own", async () => {
      const ann = await subscribedUser();
      const bob = await signUp(url());
      const stolen = await api(bob)("DELETE", "/api/push/subscriptions", {
        endpoint: ann.device.subscription.endpoint,
      });
      expect(stolen.status).toBe(404);
      // Bob's reminder does not reach Ann's device; Ann's still does.
      await api(bob)("POST", "/api/tasks", { title: "Bob's secret", remind_at: minutesAgo(1) });
      await api(ann.user)("POST", "/api/tasks", { title: "Ann's", remind_at: minutesAgo(1) });
      await deliverNow();
      const received = await push.waitFor(ann.device, 1);
      expect(received.map((message) => (message.payload as { title: string }).title)).toEqual([
        "Ann's",
      ]);
    });
  });

  describe("calendar feed", () => {
    async function feedUrlOf(user: TestUser): Promise<string> {
      const answer = await api(user)("GET", "/api/account/calendar");
      expect(answer.status).toBe(200);
      return answer.json.url;
    }

    it("serves the user's dated, pending tasks as a calendar, times in their zone", async () => {
      const user = await signUp(url());
      await api(user)("PATCH", "/api/account", { timezone: "Europe/Berlin" });
      const post = (body: object) => api(user)("POST", "/api/tasks", body);
      await post({ title: "Undated" });
      await post({
        title: "Call mom",
        due_date: "2031-05-06",
        due_time: "17:00",
        remind_at: "2031-05-06T14:45:00Z",
      });
      await post({ title: "Taxes", due_date: "2031-05-07" });
      await post({ title: "Done already", due_date: "2031-05-08" });
      await post({ title: "Deleted", due_date: "2031-05-09" });
      await post({
        title: "Standup",
        due_date: "2031-05-05",
        due_time: "09:00",
        recurrence: "FREQ=WEEKLY;BYDAY=MO",
      });
      expect((await api(user)("PATCH", "/api/tasks/4", { completed: true })).status).toBe(200);
      expect((await api(user)("DELETE", "/api/tasks/5")).status).toBe(204);

      const feedUrl = await feedUrlOf(user);
      expect(feedUrl).toMatch(new RegExp(`^${url()}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
      expect(await feedUrlOf(user)).toBe(feedUrl);

      // Calendar apps fetch it without any session.
      const response = await fetch(feedUrl);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      const { calendar, events } = parseIcs(await response.text());
      expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Taskchat");
      expect(events.map((event) => event.summary).sort()).toEqual(["Call mom", "Standup", "Taxes"]);

      const call = events.find((event) => event.summary === "Call mom")!;
      expect(call.startDate.toJSDate().toISOString()).toBe("2031-05-06T15:00:00.000Z");
      const alarm = call.component.getFirstSubcomponent("valarm")!;
      const ring = call.startDate.clone();
      ring.addDuration(alarm.getFirstPropertyValue("trigger") as ICAL.Duration);
      expect(ring.toJSDate().toISOString()).toBe("2031-05-06T14:45:00.000Z");
      expect(call.component.getFirstPropertyValue("url")).toBe(`${url()}/?task=2`);

      const taxes = events.find((event) => event.summary === "Taxes")!;
      expect(taxes.startDate.isDate).toBe(true);
      expect(taxes.startDate.toString()).toBe("2031-05-07");

      const standup = events.find((event) => event.summary === "Standup")!;
      expect(standup.isRecurring()).toBe(true);
      const iterator = standup.iterator();
      expect([iterator.next()!, iterator.next()!].map((t) => t.toJSDate().toISOString())).toEqual([
        "2031-05-05T07:00:00.000Z",
        "2031-05-12T07:00:00.000Z",
      ]);
    });

    it("rotation gives a new URL and the old one answers 404 from then on", async () => {
      const user = await signUp(url());
      await api(user)("POST", "/api/tasks", { title: "Dentist", due_date: "2031-06-01" });
      const before = await feedUrlOf(user);
      expect((await fetch(before)).status).toBe(200);

      const rotated = await api(user)("POST", "/api/account/calendar/rotate");
      expect(rotated.status).toBe(200);
      const after = rotated.json.url as string;
      expect(after).not.toBe(before);
      expect(await feedUrlOf(user)).toBe(after);

      const old = await fetch(before);
      expect(old.status).toBe(404);
      expect((await old.json()).error.code).toBe("NOT_FOUND");
      const fresh = await fetch(after);
      expect(fresh.status).toBe(200);
      expect(await fresh.text()).toContain("SUMMARY:Dentist");
    });

    it("keeps each feed its owner's: nobody reaches another's tasks, guessed tokens are 404", async () => {
      const ann = await signUp(url());
      const bob = await signUp(url());
      await api(ann)("POST", "/api/tasks", { title: "Ann's secret", due_date: "2031-07-01" });
      await api(bob)("POST", "/api/tasks", { title: "Bob's", due_date: "2031-07-02" });
      const annFeed = await feedUrlOf(ann);
      const bobFeed = await feedUrlOf(bob);
      expect(bobFeed).not.toBe(annFeed);
      const bobText = await (await fetch(bobFeed)).text();
      expect(bobText).toContain("SUMMARY:Bob's");
      expect(bobText).not.toContain("Ann's secret");

      // Bob rotating changes his URL only.
      await api(bob)("POST", "/api/account/calendar/rotate");
      expect((await fetch(annFeed)).status).toBe(200);

      for (const path of [
        `/api/calendar/${"A".repeat(43)}.ics`,
        `/api/calendar/${new URL(annFeed).pathname.split("/").pop()!.replace(".ics", "")}`,
        "/api/calendar/short.ics",
      ]) {
        expect((await fetch(`${url()}${path}`)).status).toBe(404);
      }
      expect((await fetch(`${url()}/api/account/calendar`)).status).toBe(401);
      expect((await fetch(`${url()}/api/account/calendar/rotate`, { method: "POST" })).status).toBe(
        401,
      );
    });
  });

  // Once (on the Postgres server lane): a second server on the same database, unconfigured.
  if (lane.name === "pg") {
    describe("without VAPID keys in production", () => {
      it("starts with push off and a warning, and still serves everything else", async () => {
        const bare = await startApp({ database, env: { CRON_SECRET } });
        try {
          expect(bare.server.output()).toMatch(/push notifications are off: .*VAPID_PUBLIC_KEY/);
          const user = await signUp(bare.server.url);
          const key = await apiAs(bare.server.url, user)("GET", "/api/push/public-key");
          expect(key.json).toEqual({ public_key: null });
          const cron = await fetch(`${bare.server.url}/api/cron/reminders`, {
            headers: { authorization: `Bearer ${CRON_SECRET}` },
          });
          expect(cron.status).toBe(200);
        } finally {
          await bare.stop();
        }
      });
    });
  }
});
