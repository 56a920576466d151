import { beforeAll, describe, expect, it } from "vitest";
import { describeEachLane } from "@/test/support/lanes";
import { suiteLaneApp } from "@/test/support/app-server";
import { expectValidationError, readAllPages, taskIds as ids } from "@/test/support/task-api";
import { unsetRichFields } from "@/test/support/task-json";
import { apiAs, signUp, type TestUser } from "@/test/support/users";

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describeEachLane((lane) => {
  const server = suiteLaneApp(lane);
  const api = (user: TestUser) => apiAs(server.url, user);

  describe("per-user task numbers", () => {
    it("20 concurrent adds get the numbers 1..20, each once, with no gaps", async () => {
      const user = await signUp(server.url);
      const answers = await Promise.all(
        range(1, 20).map((i) => api(user)("POST", "/api/tasks", { title: `task ${i}` })),
      );
      expect(answers.map((a) => a.status)).toEqual(range(1, 20).map(() => 201));
      expect(answers.map((a) => a.json.id as number).sort((a, b) => a - b)).toEqual(range(1, 20));

      const listed = await api(user)("GET", "/api/tasks");
      expect(ids(listed)).toEqual(range(1, 20));
      // Each number names the task that was created with it.
      for (const answer of answers) {
        const task = listed.json.tasks.find((t: { id: number }) => t.id === answer.json.id);
        expect(task.title).toBe(answer.json.title);
      }
    });

    it("two users adding at the same time are numbered independently", async () => {
      const [ann, bob] = await Promise.all([signUp(server.url), signUp(server.url)]);
      await Promise.all(
        range(1, 20).map((i) =>
          api(i % 2 ? ann : bob)("POST", "/api/tasks", { title: `task ${i}` }),
        ),
      );
      for (const user of [ann, bob]) {
        const listed = await api(user)("GET", "/api/tasks");
        expect(ids(listed)).toEqual(range(1, 10));
      }
    });

    it("never reuses the number of a deleted task", async () => {
      const user = await signUp(server.url);
      for (const title of ["a", "b", "c"]) await api(user)("POST", "/api/tasks", { title });
      expect((await api(user)("DELETE", "/api/tasks/3")).status).toBe(204);
      expect((await api(user)("POST", "/api/tasks", { title: "d" })).json.id).toBe(4);
      expect((await api(user)("DELETE", "/api/tasks/4")).status).toBe(204);
      expect((await api(user)("POST", "/api/tasks", { title: "e" })).json.id).toBe(5);
      const listed = await api(user)("GET", "/api/tasks");
      expect(ids(listed)).toEqual([1, 2, 5]);
    });

    it("a refused add uses no number", async () => {
      const user = await signUp(server.url);
      await api(user)("POST", "/api/tasks", { title: "first" });
      expect((await api(user)("POST", "/api/tasks", { title: "" })).status).toBe(400);
      expect((await api(user)("POST", "/api/tasks", { title: "second" })).json.id).toBe(2);
    });
  });

  describe("the task REST API", () => {
    let user: TestUser;
    beforeAll(async () => {
      user = await signUp(server.url);
    });

    it("POST creates a task: 201 with the contract's Task JSON", async () => {
      const created = await api(user)("POST", "/api/tasks", {
        title: "  Buy groceries ",
        description: "milk, eggs",
      });
      expect(created.status).toBe(201);
      expect(created.json).toEqual({
        id: 1,
        title: "Buy groceries",
        description: "milk, eggs",
        ...unsetRichFields(),
        completed: false,
        completed_at: null,
        created_at: expect.stringMatching(ISO),
        updated_at: expect.stringMatching(ISO),
      });
      const fetched = await api(user)("GET", "/api/tasks/1");
      expect(fetched.status).toBe(200);
      expect(fetched.json).toEqual(created.json);
    });

    it("PATCH changes any of title, description, completed and moves updated_at", async () => {
      const before = (await api(user)("GET", "/api/tasks/1")).json;
      const patched = await api(user)("PATCH", "/api/tasks/1", { completed: true });
      expect(patched.status).toBe(200);
      expect(patched.json).toMatchObject({ id: 1, title: "Buy groceries", completed: true });
      expect(Date.parse(patched.json.updated_at)).toBeGreaterThanOrEqual(
        Date.parse(before.updated_at),
      );
      expect(patched.json.created_at).toBe(before.created_at);

      const renamed = await api(user)("PATCH", "/api/tasks/1", {
        title: "Buy food",
        description: null,
        completed: false,
      });
      expect(renamed.json).toMatchObject({
        id: 1,
        title: "Buy food",
        description: null,
        completed: false,
      });
    });

    it("DELETE answers 204, then the task is gone (404)", async () => {
      const created = (await api(user)("POST", "/api/tasks", { title: "temporary" })).json;
      const deleted = await api(user)("DELETE", `/api/tasks/${created.id}`);
      expect(deleted.status).toBe(204);
      expect(deleted.text).toBe("");
      for (const [method, body] of [
        ["GET", undefined],
        ["PATCH", { title: "x" }],
        ["DELETE", undefined],
      ] as const) {
        const answer = await api(user)(method, `/api/tasks/${created.id}`, body);
        expect(answer.status, method).toBe(404);
        expect(answer.json.error.code).toBe("NOT_FOUND");
      }
    });

    it.each(["999", "2147483648", "99999999999999999999"])(
      "a task number that does not exist (%s) is 404",
      async (id) => {
        const answer = await api(user)("GET", `/api/tasks/${id}`);
        expect(answer.status).toBe(404);
        expect(answer.json).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String) } });
      },
    );

    it.each(["0", "-1", "abc", "1.5"])("a task id that is not a number (%s) is 400", async (id) => {
      expectValidationError(await api(user)("GET", `/api/tasks/${id}`), "id");
    });

    it.each([
      [{}, "title"],
      [{ title: "" }, "title"],
      [{ title: "x".repeat(201) }, "title"],
      [{ title: "ok", description: "x".repeat(2001) }, "description"],
      [{ title: "ok", user_id: "someone-else" }, undefined],
    ])("POST %j is 400 naming %s, and stores nothing", async (body, field) => {
      const other = await signUp(server.url);
      expectValidationError(await api(other)("POST", "/api/tasks", body), field);
      expect((await api(other)("GET", "/api/tasks")).json.tasks).toEqual([]);
    });

    it("answers malformed JSON with 400 and a too-large body with 413", async () => {
      const malformed = await api(user)("POST", "/api/tasks", "{not json");
      expect(malformed.status).toBe(400);
      expect(malformed.json.error.code).toBe("INVALID_JSON");
      const huge = await api(user)("POST", "/api/tasks", {
        title: "x",
        description: "y".repeat(300_000),
      });
      expect(huge.status).toBe(413);
      expect(huge.json.error.code).toBe("PAYLOAD_TOO_LARGE");
    });

    it("PATCH with nothing to change, or a wrong type, is 400", async () => {
      expect((await api(user)("PATCH", "/api/tasks/1", {})).status).toBe(400);
      const wrong = await api(user)("PATCH", "/api/tasks/1", { completed: "yes" });
      expectValidationError(wrong, "completed");
    });
  });

  describe("listing tasks", () => {
    let user: TestUser;
    beforeAll(async () => {
      user = await signUp(server.url);
      for (const i of range(1, 7)) await api(user)("POST", "/api/tasks", { title: `task ${i}` });
      for (const id of [2, 4, 6]) await api(user)("PATCH", `/api/tasks/${id}`, { completed: true });
    });

    it("filters by status, oldest first", async () => {
      expect(ids(await api(user)("GET", "/api/tasks"))).toEqual(range(1, 7));
      expect(ids(await api(user)("GET", "/api/tasks?status=all"))).toEqual(range(1, 7));
      expect(ids(await api(user)("GET", "/api/tasks?status=pending"))).toEqual([1, 3, 5, 7]);
      expect(ids(await api(user)("GET", "/api/tasks?status=completed"))).toEqual([2, 4, 6]);
    });

    it("pages with limit and next_cursor until next_cursor is null", async () => {
      const { ids: seen, pages } = await readAllPages(api(user), "", 3);
      expect(seen).toEqual(range(1, 7));
      expect(pages).toBe(3);
    });

    it("pages within a status filter", async () => {
      const first = await api(user)("GET", "/api/tasks?status=pending&limit=2");
      expect(ids(first)).toEqual([1, 3]);
      expect(first.json.next_cursor).toEqual(expect.any(String));
      const second = await api(user)(
        "GET",
        `/api/tasks?status=pending&limit=2&cursor=${first.json.next_cursor}`,
      );
      expect(ids(second)).toEqual([5, 7]);
      expect(second.json.next_cursor).toBeNull();
    });

    it("an exact last page has next_cursor null", async () => {
      const page = await api(user)("GET", "/api/tasks?limit=7");
      expect(page.json.tasks).toHaveLength(7);
      expect(page.json.next_cursor).toBeNull();
    });

    it.each(["status=done", "limit=0", "limit=abc", "limit=100000", "cursor=abc"])(
      "refuses ?%s with 400",
      async (query) => {
        const answer = await api(user)("GET", `/api/tasks?${query}`);
        expect(answer.status).toBe(400);
        expect(answer.json.error.code).toBe("VALIDATION_ERROR");
      },
    );

    it("a new user's list is empty", async () => {
      const fresh = await signUp(server.url);
      expect((await api(fresh)("GET", "/api/tasks")).json).toEqual({
        tasks: [],
        next_cursor: null,
      });
    });
  });

  it("needs a session: 401 in the contract's error shape", async () => {
    const response = await fetch(`${server.url}/api/tasks`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: "UNAUTHORIZED", message: expect.any(String) },
    });
  });
});
