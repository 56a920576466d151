import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Notification } from "@/lib/reminders/notification-service";
import { startApp, type AppUnderTest } from "@/test/support/app-server";
import { createLaneDatabase, describeEachLane, type LaneDatabase } from "@/test/support/lanes";
import type { RunningServer } from "@/test/support/server";
import { apiAs, signUp, type TestUser } from "@/test/support/users";

const CRON_SECRET = "cron-secret-for-the-reminder-tests";
const REMINDERS = 200;
const USERS = 4;

async function cron(server: RunningServer, authorization?: string) {
  const response = await fetch(`${server.url}/api/cron/reminders`, {
    headers: authorization === undefined ? {} : { authorization },
  });
  return { status: response.status, json: (await response.json()) as any };
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describeEachLane((lane) => {
  let database: LaneDatabase;
  // PGlite is one process: its instance takes the three deliverers' calls at once. On a
  // Postgres server, three instances share the database, as on Vercel.
  let apps: AppUnderTest[] = [];
  const servers = () => apps.map((app) => app.server);
  const api = (user: TestUser) => apiAs(apps[0]!.server.url, user);
  const notificationsOf = async (user: TestUser): Promise<Notification[]> => {
    const answer = await api(user)("GET", "/api/notifications");
    expect(answer.status).toBe(200);
    return answer.json.notifications;
  };

  beforeAll(async () => {
    database = await createLaneDatabase(lane);
    const env = { CRON_SECRET };
    const first = await startApp({ database, env });
    apps = [first];
    if (lane.name !== "pglite") {
      apps.push(...(await Promise.all([1, 2].map(() => startApp({ database, env })))));
    }
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await database?.remove();
  });

  it("refuses the cron route without the right secret", async () => {
    for (const authorization of [
      undefined,
      "Bearer wrong-secret",
      CRON_SECRET,
      `Basic ${CRON_SECRET}`,
    ]) {
      const answer = await cron(apps[0]!.server, authorization);
      expect(answer.status).toBe(401);
      expect(answer.json).toEqual({
        error: { code: "UNAUTHORIZED", message: "A valid cron secret is required." },
      });
    }
    expect(await cron(apps[0]!.server, `Bearer ${CRON_SECRET}`)).toEqual({
      status: 200,
      json: { delivered: 0 },
    });
  });

  it("delivers each of 200 due reminders exactly once with three deliverers racing", async () => {
    const users = await Promise.all(
      Array.from({ length: USERS }, (_, i) => signUp(apps[0]!.server.url, `Racer ${i}`)),
    );
    await Promise.all(
      users.map(async (user) => {
        for (let i = 0; i < REMINDERS / USERS; i += 1) {
          const added = await api(user)("POST", "/api/tasks", {
            title: `Reminder ${i}`,
            remind_at: minutesAgo(1 + (i % 30)),
          });
          expect(added.status).toBe(201);
        }
      }),
    );

    // Three deliverers at once: one cron call per instance (three at once on PGlite).
    const deliverers = [0, 1, 2].map((i) => servers()[i % servers().length]!);
    const answers = await Promise.all(
      deliverers.map((server) => cron(server, `Bearer ${CRON_SECRET}`)),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers.reduce((sum, answer) => sum + answer.json.delivered, 0)).toBe(REMINDERS);
    // Nothing is left to deliver, whoever asks.
    const again = await Promise.all(
      deliverers.map((server) => cron(server, `Bearer ${CRON_SECRET}`)),
    );
    expect(again.map((answer) => answer.json.delivered)).toEqual([0, 0, 0]);

    for (const user of users) {
      const notes = await notificationsOf(user);
      expect(notes).toHaveLength(REMINDERS / USERS);
      expect(new Set(notes.map((note) => note.task_id)).size).toBe(REMINDERS / USERS);
      // Newest first.
      const delivered = notes.map((note) => note.delivered_at);
      expect([...delivered].sort().reverse()).toEqual(delivered);
    }
    if (lane.name !== "pglite") {
      const rows = await database.query<{ state: string; attempts: number; count: string }>(
        `select state, attempts, count(*) from reminder_deliveries group by state, attempts`,
      );
      expect(rows).toEqual([{ state: "delivered", attempts: 1, count: String(REMINDERS) }]);
    }
  });

  it("never delivers a reminder of a deleted or completed task", async () => {
    const user = await signUp(apps[0]!.server.url);
    for (const title of ["Deleted", "Completed", "Kept"]) {
      await api(user)("POST", "/api/tasks", { title, remind_at: minutesAgo(2) });
    }
    expect((await api(user)("DELETE", "/api/tasks/1")).status).toBe(204);
    expect((await api(user)("PATCH", "/api/tasks/2", { completed: true })).status).toBe(200);
    await cron(apps.at(-1)!.server, `Bearer ${CRON_SECRET}`);
    expect((await notificationsOf(user)).map((note) => [note.task_id, note.title])).toEqual([
      [3, "Kept"],
    ]);
  });

  it("moves a repeating task's reminder with it, and a snoozed reminder comes again", async () => {
    const user = await signUp(apps[0]!.server.url);
    const remindAt = minutesAgo(1);
    const due = new Date(Date.parse(remindAt) + 60 * 60_000);
    const added = await api(user)("POST", "/api/tasks", {
      title: "Water plants",
      due_date: due.toISOString().slice(0, 10),
      due_time: due.toISOString().slice(11, 16),
      recurrence: "FREQ=DAILY",
      remind_at: remindAt,
    });
    expect(added.status).toBe(201);
    await cron(apps[0]!.server, `Bearer ${CRON_SECRET}`);
    expect(await notificationsOf(user)).toHaveLength(1);

    const done = await api(user)("PATCH", "/api/tasks/1", { completed: true });
    expect(done.status).toBe(200);
    const lead =
      Date.parse(`${added.json.due_date}T${added.json.due_time}:00Z`) -
      Date.parse(added.json.remind_at);
    const moved = Date.parse(`${done.json.due_date}T${done.json.due_time}:00Z`) - lead;
    expect(done.json.completed).toBe(false);
    expect(done.json.due_date > added.json.due_date).toBe(true);
    expect(Date.parse(done.json.remind_at)).toBe(moved);
    // The next occurrence's reminder is not due yet; the delivered one is not repeated.
    await cron(apps[0]!.server, `Bearer ${CRON_SECRET}`);
    expect(await notificationsOf(user)).toHaveLength(1);

    // A snooze to a moment already past is a new reminder, delivered at once.
    const snoozedTo = minutesAgo(0.5);
    expect((await api(user)("PATCH", "/api/tasks/1", { remind_at: snoozedTo })).status).toBe(200);
    await cron(servers().at(-1)!, `Bearer ${CRON_SECRET}`);
    const notes = await notificationsOf(user);
    expect(notes.map((note) => note.remind_at)).toEqual([snoozedTo, remindAt]);
  });

  it("shows each user only their notifications, and marks only their own read", async () => {
    const ann = await signUp(apps[0]!.server.url, "Ann");
    const bob = await signUp(apps[0]!.server.url, "Bob");
    await api(ann)("POST", "/api/tasks", { title: "Ann's secret", remind_at: minutesAgo(1) });
    await cron(apps[0]!.server, `Bearer ${CRON_SECRET}`);
    const [note] = await notificationsOf(ann);
    expect(note).toMatchObject({ task_id: 1, title: "Ann's secret", read_at: null });
    expect(await notificationsOf(bob)).toEqual([]);

    const bobReads = await api(bob)("POST", `/api/notifications/${note!.id}/read`);
    expect(bobReads.status).toBe(404);
    expect(bobReads.json.error.code).toBe("NOT_FOUND");
    expect((await api(bob)("POST", "/api/notifications/not-a-uuid/read")).status).toBe(404);
    expect((await fetch(`${apps[0]!.server.url}/api/notifications`)).status).toBe(401);
    expect((await notificationsOf(ann))[0]!.read_at).toBeNull();

    const read = await api(ann)("POST", `/api/notifications/${note!.id}/read`);
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ id: note!.id, task_id: 1, read_at: expect.any(String) });
    expect((await notificationsOf(ann))[0]!.read_at).toBe(read.json.read_at);
  });

  describe("the in-process ticker", () => {
    let ticking: AppUnderTest | undefined;
    afterAll(async () => {
      await ticking?.stop();
      await ticking?.database.remove();
    });

    it("delivers a due reminder without any cron call", async () => {
      ticking = await startApp({
        database: await createLaneDatabase(lane),
        env: { REMINDERS_TICKER: "on", REMINDERS_TICK_MS: "300" },
      });
      const user = await signUp(ticking.server.url);
      await apiAs(ticking.server.url, user)("POST", "/api/tasks", {
        title: "Stretch",
        remind_at: new Date().toISOString(),
      });
      // Watched in the log, not through the list (whose poll delivers the user's own).
      const delivered = "[taskchat] reminders delivered: 1";
      for (let i = 0; i < 150 && !ticking.server.output().includes(delivered); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(ticking.server.output()).toContain(delivered);
      const notes = (await apiAs(ticking.server.url, user)("GET", "/api/notifications")).json
        .notifications as Notification[];
      expect(notes.map((note) => note.title)).toEqual(["Stretch"]);
    });
  });
});
