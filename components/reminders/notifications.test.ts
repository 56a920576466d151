import { describe, expect, it } from "vitest";
import {
  MAX_TOASTS,
  ToastMemory,
  snoozedUntil,
  toastCandidates,
  unreadCount,
  type ReminderNotification,
} from "./notifications";
import { taskNumberFromLink } from "./use-task-link";

const now = new Date("2026-12-07T10:00:00Z");

function notification(id: number, minutesAgo: number, read = false): ReminderNotification {
  const delivered = new Date(now.getTime() - minutesAgo * 60_000).toISOString();
  return {
    id,
    task_id: id,
    title: `Task ${id}`,
    remind_at: delivered,
    delivered_at: delivered,
    read_at: read ? now.toISOString() : null,
  };
}

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe("toastCandidates", () => {
  it("toasts unread, recent reminders never toasted here, oldest first", () => {
    const list = [notification(3, 1), notification(2, 5), notification(1, 30)];
    expect(toastCandidates(list, new Set(), now).map((n) => n.id)).toEqual([1, 2, 3]);
  });

  it("leaves read ones, ones already toasted and old ones to the list", () => {
    const list = [notification(4, 1, true), notification(3, 2), notification(2, 61 * 60)];
    expect(toastCandidates(list, new Set(["3"]), now)).toEqual([]);
  });

  it(`shows at most ${MAX_TOASTS} at once, the newest`, () => {
    const list = [1, 2, 3, 4, 5].map((id) => notification(id, 10 - id));
    expect(toastCandidates(list, new Set(), now).map((n) => n.id)).toEqual([3, 4, 5]);
  });
});

describe("ToastMemory", () => {
  it("remembers toasted ids across instances on the same storage", () => {
    const storage = memoryStorage();
    new ToastMemory(storage).remember([1, "abc"]);
    expect(new ToastMemory(storage).shown()).toEqual(new Set(["1", "abc"]));
  });

  it("keeps the newest 200 ids", () => {
    const storage = memoryStorage();
    const memory = new ToastMemory(storage);
    memory.remember(Array.from({ length: 250 }, (_, i) => i));
    const shown = memory.shown();
    expect(shown.size).toBe(200);
    expect(shown.has("249")).toBe(true);
    expect(shown.has("49")).toBe(false);
  });

  it("survives storage that holds garbage or refuses to write", () => {
    const storage = memoryStorage();
    storage.setItem("taskchat.reminders-toasted", "{not json");
    expect(new ToastMemory(storage).shown()).toEqual(new Set());
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(() => new ToastMemory(refusing).remember([1])).not.toThrow();
  });
});

it("snoozes ten minutes from now and counts unread", () => {
  expect(snoozedUntil(now)).toBe("2026-12-07T10:10:00.000Z");
  expect(unreadCount([notification(1, 1), notification(2, 1, true)])).toBe(1);
});

describe("taskNumberFromLink", () => {
  it("reads a reminder link's task number, and nothing else", () => {
    expect(taskNumberFromLink("?task=12")).toBe(12);
    expect(taskNumberFromLink("?q=1&task=3")).toBe(3);
    for (const search of ["", "?task=", "?task=0", "?task=-1", "?task=1e3", "?task=abc"]) {
      expect(taskNumberFromLink(search)).toBeUndefined();
    }
  });
});
