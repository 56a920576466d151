import { describe, expect, it } from "vitest";
import type { ContractTask } from "@/test/support/contract-tools";
import { localModelConversation } from "@/test/support/eval-contract";
import { unsetRichFields } from "@/test/support/task-json";

/**
 * Issue 12's "25-message conversation", replayed: a new user's free conversation with dates,
 * times, priorities, tags, repeats, a reschedule ("the call should be at 6 not 5"), a reopen,
 * undo and restore, through the local model with the contract's tools and a fixed clock
 * (Wednesday 9 December 2026, 10:00 in New York). After each message the whole list is
 * checked, every field of every task.
 */

const NOW = "2026-12-09T15:00:00Z";
const ZONE = "America/New_York";

type Fields = Partial<Omit<ContractTask, "id" | "deleted">>;
const task = (title: string, fields: Fields = {}): Fields => ({
  title,
  description: null,
  completed: false,
  ...unsetRichFields(),
  ...fields,
});

/** Each message, and the list (by number) it must leave; `reply` fragments where they matter. */
const CONVERSATION: { say: string; list: Record<number, Fields>; reply?: RegExp }[] = [];
const list: Record<number, Fields> = {};
const step = (say: string, change: (l: Record<number, Fields>) => void, reply?: RegExp) => {
  change(list);
  CONVERSATION.push({ say, list: structuredClone(list), reply });
};

step("hi there", () => {}, /add|tasks/i);
step("remind me to call mom tomorrow at 5pm", (l) => {
  l[1] = task("Call mom", { due_date: "2026-12-10", due_time: "17:00" });
});
step("high priority: finish the quarterly report by friday", (l) => {
  l[2] = task("Finish the quarterly report", { due_date: "2026-12-11", priority: "high" });
});
step("add milk, eggs and bread", (l) => {
  l[3] = task("Milk");
  l[4] = task("Eggs");
  l[5] = task("Bread");
});
step("tag the bread as groceries", (l) => {
  l[5]!.tags = ["groceries"];
});
step("dentist appointment next tuesday at 9:30am", (l) => {
  l[6] = task("Dentist appointment", { due_date: "2026-12-15", due_time: "09:30" });
});
step("pay rent on the 1st of every month", (l) => {
  l[7] = task("Pay rent", { due_date: "2027-01-01", recurrence: "FREQ=MONTHLY;BYMONTHDAY=1" });
});
step("what's due today?", () => {}, /nothing/i);
step(
  "the call with mom should be at 6 not 5",
  (l) => {
    l[1]!.due_time = "18:00";
  },
  /Fri|tomorrow 18:00/,
);
step("got the milk", (l) => {
  l[3]!.completed = true;
});
step("eggs are done too", (l) => {
  l[4]!.completed = true;
});
step("eggs aren't done actually", (l) => {
  l[4]!.completed = false;
});
step("make the dentist urgent", (l) => {
  l[6]!.priority = "high";
});
step("move the dentist to thursday", (l) => {
  l[6]!.due_date = "2026-12-10";
});
step("undo that", (l) => {
  l[6]!.due_date = "2026-12-15";
});
step("delete the bread", (l) => {
  delete l[5];
});
step("oops, bring it back", (l) => {
  l[5] = task("Bread", { tags: ["groceries"] });
});
step("water the plants every monday", (l) => {
  l[8] = task("Water the plants", { due_date: "2026-12-14", recurrence: "FREQ=WEEKLY;BYDAY=MO" });
});
step("no due date for the report", (l) => {
  l[2]!.due_date = null;
});
step("anything overdue?", () => {}, /nothing/i);
step("show high priority", () => {}, /2 tasks/);
step("push the call to friday", (l) => {
  l[1]!.due_date = "2026-12-11";
});
step("label the report as work", (l) => {
  l[2]!.tags = ["work"];
});
step("thanks, you're a lifesaver", () => {});
step("what's left?", () => {}, /7 pending tasks/);

describe("the 25-message conversation, replayed", () => {
  it("has 25 messages", () => expect(CONVERSATION).toHaveLength(25));

  it(
    "gets every date, time, priority, tag, repeat, reopen and undo right",
    { timeout: 60_000 },
    async () => {
      const conversation = localModelConversation([], { now: NOW, timeZone: ZONE });
      for (const [index, turn] of CONVERSATION.entries()) {
        const { text, tool_calls: calls } = await conversation.say(turn.say);
        const state = Object.fromEntries(
          conversation.list.tasks
            .filter((t) => !t.deleted)
            .map((t) => {
              const fields: Partial<ContractTask> = { ...t };
              delete fields.id;
              delete fields.deleted;
              return [t.id, fields];
            }),
        );
        const said = `message ${index + 1} "${turn.say}" → ${JSON.stringify(calls)}\n${text}`;
        expect(state, said).toEqual(turn.list);
        if (turn.reply) expect(text, said).toMatch(turn.reply);
        // Never an ISO date in an answer.
        expect(text, said).not.toMatch(/\d{4}-\d\d-\d\d/);
      }
    },
  );
});
