/**
 * The phrasing tables of the local model (lib/agent/local-model/phrasings-*.test.ts): the
 * changes a turn expects, written as the tool calls they are, and conversations built from
 * turns, each run through the local model with the contract's task tools on a fixed clock
 * (test/support/eval-contract.ts) and checked by the eval runner, as the evaluation set is.
 */
import { describe, expect, it } from "vitest";
import { contractTarget } from "./eval-contract";
import { runCase, type Case } from "./eval-runner";

export type Expect = Case["turns"][number]["expect"];
export type Turn = [say: string, expect: Expect];
/** A case of a table: its name is the key it is filed under, its category the table's. */
export type PhrasingCase = Omit<Case, "category" | "source">;
export type Change = { name: string; arguments: Record<string, unknown> };

export const add = (title: string, fields: Record<string, unknown> = {}): Change => ({
  name: "add_task",
  arguments: { title, ...fields },
});
export const complete = (task_id: number): Change => ({
  name: "complete_task",
  arguments: { task_id },
});
export const remove = (task_id: number): Change => ({
  name: "delete_task",
  arguments: { task_id },
});
export const restore = (task_id: number): Change => ({
  name: "restore_task",
  arguments: { task_id },
});
export const update = (task_id: number, fields: Record<string, unknown>): Change => ({
  name: "update_task",
  arguments: { task_id, ...fields },
});
/** The turn changes nothing. */
export const nothing: Expect = { changes: [] };
/** Small talk and questions a list cannot answer: no change, no failed lookup, no list card. */
export const talk: Expect = { changes: [], reply_excludes: ["couldn't find", "#1 ", "#2 "] };
/** Someone else's list: nothing changes and the answer says only your own list is managed. */
export const others: Expect = { changes: [], reply_includes: ["your own"] };
/** The same in Roman Urdu ("aap ki apni list") and in Urdu script ("اپنی فہرست"). */
export const othersRoman: Expect = { changes: [], reply_includes: ["apni"] };
export const othersUrdu: Expect = { changes: [], reply_includes: ["اپنی"] };
/** A question back or an answer from the list: nothing changes, no failed lookup. */
export const asks: Expect = { changes: [], reply_excludes: ["couldn't find"] };

// The days of the tables' fixed clock, Wednesday 9 December 2026 (EVAL_NOW,
// test/support/eval-contract.ts): tomorrow is the 10th, friday the 11th, saturday the 12th,
// monday the 14th, tuesday the 15th.
export const TODAY = "2026-12-09";
export const TOMORROW = "2026-12-10";
export const FRIDAY = "2026-12-11";
export const SATURDAY = "2026-12-12";
export const MONDAY = "2026-12-14";
export const TUESDAY = "2026-12-15";

export function conversation(setup: string[], ...turns: Turn[]): PhrasingCase {
  return { setup, turns: turns.map(([say, expect]) => ({ say, expect })) };
}

/** A case of one message. */
export const one = (setup: string[], say: string, expect: Expect) =>
  conversation(setup, [say, expect]);

/**
 * One test per case, grouped by family: `rounds` maps a family to its cases by name. `clock`
 * sets the cases' time zone (and instant) where the table's people are not in UTC.
 */
export function runPhrasingRounds(
  category: string,
  rounds: Record<string, Record<string, PhrasingCase>>,
  clock: Pick<Case, "now" | "time_zone"> = {},
) {
  describe.each(Object.entries(rounds))("%s", (_family, cases) => {
    it.each(Object.entries(cases))("%s", async (name, testCase) => {
      const problems = await runCase(contractTarget(), {
        ...testCase,
        ...clock,
        category,
        source: name,
      });
      expect(problems.join("\n")).toBe("");
    });
  });
}

/**
 * A file's tables without the cases left after tuning: they stay written in the file (named in
 * its top comment) so the miss is on record, but are not run.
 */
export function withoutLeft(
  rounds: Record<string, Record<string, PhrasingCase>>,
  left: ReadonlySet<string>,
): Record<string, Record<string, PhrasingCase>> {
  return Object.fromEntries(
    Object.entries(rounds).map(([family, cases]) => [
      family,
      Object.fromEntries(Object.entries(cases).filter(([name]) => !left.has(name))),
    ]),
  );
}

/** "show my list": a look at the whole list, the context a later position counts in. */
export const SHOW: Turn = ["show my list", { list: "all" }];

/**
 * The list as its number → "[x] Title" map, with the given numbers completed or gone. A title
 * may carry its own "[x] " (a setup with done tasks, as `marked` writes it).
 */
export function listOf(titles: string[], done: number[] = [], gone: number[] = []) {
  const tasks: Record<string, string> = {};
  titles.forEach((entry, i) => {
    const id = i + 1;
    const title = entry.replace(/^\[x\] /, "");
    const isDone = entry !== title || done.includes(id);
    if (!gone.includes(id)) tasks[String(id)] = isDone ? `[x] ${title}` : title;
  });
  return tasks;
}
/** A setup with these numbers already done: "[x] Title", as the contract's setup reads it. */
export const marked = (titles: string[], ...done: number[]) =>
  titles.map((title, i) => (done.includes(i + 1) ? `[x] ${title}` : title));
/** Deletes these numbers and nothing else. */
export const deletes = (titles: string[], ...ids: number[]) => ({
  changes: ids.map(remove),
  tasks: listOf(titles, [], ids),
});
/** Completes these numbers and nothing else. */
export const completes = (titles: string[], ...ids: number[]) => ({
  changes: ids.map(complete),
  tasks: listOf(titles, ids),
});
/** A question answered from the list, or asked back: no change, the list as it was. */
export const answers = (titles: string[], done: number[] = []) => ({
  ...asks,
  tasks: listOf(titles, done),
});
