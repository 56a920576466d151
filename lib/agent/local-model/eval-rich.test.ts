import { expect, it } from "vitest";
import { contractTarget } from "@/test/support/eval-contract";
import { loadCaseFile, runEval } from "@/test/support/eval-runner";

// The rich-task set (eval/rich-tasks.json: dates, times, priorities, tags, repeats,
// rescheduling, filtered lists, reopen, restore, undo) against the contract's task
// tools with a fixed clock. Fails below 100%.

it("passes every case of the rich-task evaluation set", { timeout: 120_000 }, async () => {
  const cases = loadCaseFile("eval/rich-tasks.json");
  expect(cases.length).toBeGreaterThanOrEqual(150);
  const report = await runEval(contractTarget(), cases);
  expect(report.failures.join("\n")).toBe("");
  expect(report.passed).toBe(report.total);
});
