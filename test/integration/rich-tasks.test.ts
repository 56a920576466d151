import { describe, expect, it } from "vitest";
import { addDays, todayIn } from "@/lib/time/zoned-time";
import { suiteLaneApp } from "@/test/support/app-server";
import { describeEachLane } from "@/test/support/lanes";
import { expectValidationError, readAllPages, taskIds as ids } from "@/test/support/task-api";
import { unsetRichFields } from "@/test/support/task-json";
import { apiAs, signUp, type TestUser } from "@/test/support/users";

describeEachLane((lane) => {
  const server = suiteLaneApp(lane);
  const api = (user: TestUser) => apiAs(server.url, user);

  async function userIn(zone: string) {
    const user = await signUp(server.url);
    const set = await api(user)("PATCH", "/api/account", { timezone: zone });
    expect(set.status).toBe(200);
    return user;
  }

  describe("account and time zone", () => {
    it("starts in UTC, takes an IANA zone, refuses an unknown one", async () => {
      const user = await signUp(server.url, "Zoe");
      const account = await api(user)("GET", "/api/account");
      expect(account.status).toBe(200);
      expect(account.json).toEqual({
        id: user.id,
        name: "Zoe",
        email: user.email,
        timezone: "UTC",
      });

      const changed = await api(user)("PATCH", "/api/account", { timezone: "Europe/Berlin" });
      expect(changed.json.timezone).toBe("Europe/Berlin");
      expect((await api(user)("GET", "/api/account")).json.timezone).toBe("Europe/Berlin");

      for (const timezone of ["Mars/Olympus_Mons", "+02:00", ""]) {
        const bad = await api(user)("PATCH", "/api/account", { timezone });
        expectValidationError(bad, "timezone", timezone);
      }
      expect((await fetch(`${server.url}/api/account`)).status).toBe(401);
    });

    it("a zone change moves what 'today' means", async () => {
      const user = await userIn("Pacific/Kiritimati");
      const kiritimatiToday = todayIn("Pacific/Kiritimati");
      await api(user)("POST", "/api/tasks", { title: "Island call", due_date: kiritimatiToday });
      const there = await api(user)("GET", "/api/tasks?due=today");
      expect(ids(there)).toEqual([1]);

      await api(user)("PATCH", "/api/account", { timezone: "America/Los_Angeles" });
      const laToday = todayIn("America/Los_Angeles");
      const here = await api(user)("GET", "/api/tasks?due=today");
      // Kiritimati is a day ahead of Los Angeles except for ~2 hours a day.
      expect(ids(here)).toEqual(laToday === kiritimatiToday ? [1] : []);
      if (laToday !== kiritimatiToday) {
        expect(ids(await api(user)("GET", "/api/tasks?due=upcoming"))).toEqual([1]);
      }
    });
  });

  describe("fields", () => {
    it("stores and answers every field; null clears; bad values are 400 with the field", async () => {
      const user = await userIn("America/New_York");
      const created = await api(user)("POST", "/api/tasks", {
        title: "Call mom",
        due_date: "2031-05-06",
        due_time: "17:00",
        priority: "high",
        tags: ["#Family", "family", "Café"],
        recurrence: "rrule:freq=weekly;byday=tu",
        remind_at: "2031-05-06T20:30:00Z",
      });
      expect(created.status).toBe(201);
      expect(created.json).toMatchObject({
        id: 1,
        title: "Call mom",
        due_date: "2031-05-06",
        due_time: "17:00",
        priority: "high",
        tags: ["family", "café"],
        recurrence: "FREQ=WEEKLY;BYDAY=TU",
        remind_at: "2031-05-06T20:30:00.000Z",
        completed: false,
        completed_at: null,
      });
      expect((await api(user)("GET", "/api/tasks/1")).json).toEqual(created.json);

      const plain = (await api(user)("POST", "/api/tasks", { title: "Plain" })).json;
      expect(plain).toMatchObject({ ...unsetRichFields(), completed_at: null });

      const cleared = await api(user)("PATCH", "/api/tasks/1", {
        due_date: null,
        priority: null,
        tags: null,
      });
      expect(cleared.status).toBe(200);
      expect(cleared.json).toMatchObject({
        title: "Call mom",
        due_date: null,
        due_time: null,
        recurrence: null,
        priority: "none",
        tags: [],
      });

      const bad: [unknown, string][] = [
        [{ title: "x", due_time: "17:00" }, "due_time"],
        [{ title: "x", due_date: "2031-02-30" }, "due_date"],
        [{ title: "x", due_date: "2031-02-03", due_time: "5pm" }, "due_time"],
        [{ title: "x", priority: "urgent" }, "priority"],
        [{ title: "x", tags: ["has space"] }, "tags.0"],
        [{ title: "x", tags: ["x".repeat(31)] }, "tags.0"],
        [{ title: "x", tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, "tags"],
        [{ title: "x", due_date: "2031-02-03", recurrence: "every day" }, "recurrence"],
        [{ title: "x", recurrence: "FREQ=DAILY" }, "recurrence"],
        [{ title: "x", remind_at: "tomorrow" }, "remind_at"],
      ];
      for (const [body, field] of bad) {
        const answer = await api(user)("POST", "/api/tasks", body);
        expectValidationError(answer, field, JSON.stringify(body));
      }
      // A time on a task without a date is refused against the stored task too.
      const timeOnly = await api(user)("PATCH", "/api/tasks/2", { due_time: "09:00" });
      expectValidationError(timeOnly, "due_time");
    });
  });

  describe("filters, search and sort", () => {
    it("due, priority, tag and q combine, in the user's zone", async () => {
      const zone = "Pacific/Kiritimati";
      const user = await userIn(zone);
      const today = todayIn(zone);
      const add = (body: Record<string, unknown>) => api(user)("POST", "/api/tasks", body);
      await add({
        title: "Finish the quarterly report",
        due_date: addDays(today, -2),
        priority: "high",
        tags: ["work"],
      }); // 1 overdue
      await add({ title: "Buy milk", due_date: today, priority: "low", tags: ["errands"] }); // 2 today
      await add({ title: "Dentist", due_date: addDays(today, 3), description: "bring the x-ray" }); // 3 upcoming
      await add({ title: "Plan the holiday", due_date: addDays(today, 8), tags: ["home", "work"] }); // 4 later
      await add({ title: "Read a book", priority: "medium" }); // 5 undated
      await add({ title: "Old report", due_date: addDays(today, -1), tags: ["work"] }); // 6 done
      await api(user)("PATCH", "/api/tasks/6", { completed: true });

      const get = (query: string) => api(user)("GET", `/api/tasks?${query}`);
      expect(ids(await get("due=overdue"))).toEqual([1]);
      expect(ids(await get("due=today"))).toEqual([1, 2]);
      expect(ids(await get("due=upcoming"))).toEqual([3]);
      expect(ids(await get("due=none"))).toEqual([5]);
      expect(ids(await get("due=any"))).toEqual([1, 2, 3, 4, 6]);
      expect(ids(await get("priority=high"))).toEqual([1]);
      expect(ids(await get("tag=work"))).toEqual([1, 4, 6]);
      expect(ids(await get("tag=work&status=pending"))).toEqual([1, 4]);
      expect(ids(await get("tag=work&due=today"))).toEqual([1]);
      // Search: a substring, a word of the description, and a typo.
      expect(ids(await get("q=milk"))).toEqual([2]);
      expect(ids(await get("q=x-ray"))).toEqual([3]);
      expect(ids(await get("q=quartely"))).toEqual([1]);
      expect(ids(await get("q=report&status=pending"))).toEqual([1]);
      expect(ids(await get("q=100%25"))).toEqual([]);

      expect(ids(await get("sort=due"))).toEqual([1, 6, 2, 3, 4, 5]);
      expect(ids(await get("sort=priority"))).toEqual([1, 5, 2, 3, 4, 6]);
      expect(ids(await get("sort=title"))).toEqual([2, 3, 1, 6, 4, 5]);
      expect(ids(await get("sort=created"))).toEqual([1, 2, 3, 4, 5, 6]);

      // Every sort pages: the pages join to the whole list, each task once.
      for (const sort of ["number", "due", "priority", "title", "created"]) {
        const paged = await readAllPages(api(user), `sort=${sort}`, 4);
        expect(paged.ids, sort).toEqual(ids(await get(`sort=${sort}`)));
      }

      for (const query of ["due=soon", "priority=urgent", "sort=random", "tag=has%20space"]) {
        expect((await get(query)).status, query).toBe(400);
      }
    });
  });

  describe("soft delete, restore and reopen", () => {
    it("a deleted task is hidden everywhere and comes back with its number", async () => {
      const user = await signUp(server.url);
      for (const title of ["keep", "oops"])
        await api(user)("POST", "/api/tasks", { title, tags: ["x"] });
      expect((await api(user)("DELETE", "/api/tasks/2")).status).toBe(204);
      expect((await api(user)("GET", "/api/tasks/2")).status).toBe(404);
      expect((await api(user)("PATCH", "/api/tasks/2", { title: "x" })).status).toBe(404);
      expect((await api(user)("DELETE", "/api/tasks/2")).status).toBe(404);
      expect(ids(await api(user)("GET", "/api/tasks"))).toEqual([1]);
      expect(ids(await api(user)("GET", "/api/tasks?tag=x"))).toEqual([1]);
      expect(ids(await api(user)("GET", "/api/tasks?q=oops"))).toEqual([]);

      const restored = await api(user)("POST", "/api/tasks/2/restore");
      expect(restored.status).toBe(200);
      expect(restored.json).toMatchObject({ id: 2, title: "oops", tags: ["x"] });
      expect(ids(await api(user)("GET", "/api/tasks"))).toEqual([1, 2]);
      // Restoring a task that is not deleted answers it as it is.
      expect((await api(user)("POST", "/api/tasks/2/restore")).status).toBe(200);
      expect((await api(user)("POST", "/api/tasks/9/restore")).status).toBe(404);
      // Numbers are never reused, deleted or not.
      await api(user)("DELETE", "/api/tasks/2");
      expect((await api(user)("POST", "/api/tasks", { title: "new" })).json.id).toBe(3);
    });

    it("completed: false reopens and clears completed_at", async () => {
      const user = await signUp(server.url);
      await api(user)("POST", "/api/tasks", { title: "Eggs" });
      const done = await api(user)("PATCH", "/api/tasks/1", { completed: true });
      expect(done.json.completed).toBe(true);
      expect(done.json.completed_at).toMatch(/Z$/);
      const reopened = await api(user)("PATCH", "/api/tasks/1", { completed: false });
      expect(reopened.json).toMatchObject({ completed: false, completed_at: null });
    });

    it("completing a repeating task moves the same task to its next date, still open", async () => {
      const zone = "America/Los_Angeles";
      const user = await userIn(zone);
      const today = todayIn(zone);
      await api(user)("POST", "/api/tasks", {
        title: "Water the plants",
        due_date: addDays(today, -3),
        recurrence: "FREQ=DAILY",
      });
      const done = await api(user)("PATCH", "/api/tasks/1", { completed: true });
      expect(done.status).toBe(200);
      // Overdue by three days: it catches up to today, never a day in the past.
      expect(done.json).toMatchObject({
        id: 1,
        due_date: today,
        completed: false,
        completed_at: null,
      });
      const again = await api(user)("PATCH", "/api/tasks/1", { completed: true });
      expect(again.json.due_date).toBe(addDays(today, 1));
      expect(ids(await api(user)("GET", "/api/tasks"))).toEqual([1]);
    });
  });

  describe("isolation", () => {
    it("another user's filters, search and restore never reach your tasks", async () => {
      const owner = await signUp(server.url);
      const other = await signUp(server.url);
      await api(owner)("POST", "/api/tasks", {
        title: "Secret quarterly plan",
        tags: ["secret"],
        priority: "high",
        due_date: todayIn("UTC"),
      });
      await api(owner)("POST", "/api/tasks", { title: "Deleted secret" });
      await api(owner)("DELETE", "/api/tasks/2");

      for (const query of [
        "tag=secret",
        "q=secret",
        "q=quartrly",
        "priority=high",
        "due=today",
        "due=any",
      ]) {
        const answer = await api(other)("GET", `/api/tasks?${query}`);
        expect(answer.status).toBe(200);
        expect(answer.json.tasks, query).toEqual([]);
      }
      expect((await api(other)("POST", "/api/tasks/2/restore")).status).toBe(404);
      expect((await api(other)("POST", "/api/tasks/1/restore")).status).toBe(404);
      expect((await api(other)("GET", "/api/account")).json.id).toBe(other.id);
      expect(ids(await api(owner)("GET", "/api/tasks"))).toEqual([1]);
    });
  });
});
