import { describe, expect, it } from "vitest";
import { cardDetails, undoRequest } from "./tool-card-undo";

const NOW = new Date("2026-12-07T12:00:00Z"); // Monday 7 December

describe("tool card details", () => {
  it("read the rich fields of a result", () => {
    const output = {
      task_id: 4,
      status: "created",
      title: "Call mom",
      due_date: "2026-12-08",
      due_time: "17:00",
      priority: "high",
      tags: ["family"],
      recurrence: null,
    };
    expect(cardDetails(output, NOW, "UTC")).toEqual(["Tomorrow 17:00", "High", "#family"]);
  });

  it("say the next date of a recurring completion, and nothing for plain results", () => {
    const output = {
      task_id: 2,
      status: "completed",
      title: "Water plants",
      due_date: "2026-12-07",
      recurrence: "FREQ=WEEKLY",
      next_due_date: "2026-12-14",
    };
    expect(cardDetails(output, NOW, "UTC")).toEqual([
      "Today",
      "Repeats weekly",
      "Next: Mon 14 Dec",
    ]);
    expect(cardDetails({ task_id: 1, status: "created", title: "x" }, NOW, "UTC")).toEqual([]);
    expect(cardDetails({ tasks: [], total: 0 }, NOW, "UTC")).toEqual([]);
    expect(cardDetails({ error: "task_not_found", task_id: 3 }, NOW, "UTC")).toEqual([]);
  });
});

/** A change to task #4, as its tool answered it. */
const change = (status: string, fields: Record<string, unknown> = {}) => ({
  task_id: 4,
  status,
  title: "a",
  ...fields,
});

/** Each kind of change and the request that takes it back. */
const INVERSES: [status: string, request: ReturnType<typeof undoRequest>][] = [
  ["created", { method: "DELETE", url: "/api/tasks/4" }],
  ["completed", { method: "PATCH", url: "/api/tasks/4", body: { completed: false } }],
  ["deleted", { method: "POST", url: "/api/tasks/4/restore" }],
  ["restored", { method: "DELETE", url: "/api/tasks/4" }],
  ["reopened", { method: "PATCH", url: "/api/tasks/4", body: { completed: true } }],
];

describe("undo", () => {
  it.each(INVERSES)("takes back a %s change", (status, request) => {
    expect(undoRequest(change(status))).toEqual(request);
  });

  it("takes back an update by sending the previous values", () => {
    expect(
      undoRequest(change("updated", { title: "b", previous: { title: "a", due_time: null } })),
    ).toEqual({
      method: "PATCH",
      url: "/api/tasks/4",
      body: { title: "a", due_time: null },
    });
  });

  it("offers none when the card cannot know the inverse", () => {
    expect(undoRequest(change("updated", { title: "b" }))).toBeNull();
    expect(undoRequest(change("completed", { next_due_date: "2026-12-14" }))).toBeNull();
    expect(undoRequest({ error: "task_not_found", task_id: 4 })).toBeNull();
    expect(undoRequest({ tasks: [], total: 0 })).toBeNull();
    expect(undoRequest(undefined)).toBeNull();
  });
});
