import { expect, it } from "vitest";
import { inProcessTarget } from "@/test/support/eval-in-process";
import { loadCases, runEval } from "@/test/support/eval-runner";

// The whole evaluation set (eval/*.json) through the chat core with the local model on
// this file's PGlite: no build, no HTTP, seconds. Fails below 100%.

it("passes every case of the evaluation set", { timeout: 120_000 }, async () => {
  const cases = loadCases();
  expect(cases.filter((c) => c.turns.length === 1).length).toBeGreaterThanOrEqual(150);
  expect(cases.filter((c) => c.turns.length > 1).length).toBeGreaterThanOrEqual(20);
  const report = await runEval(await inProcessTarget(), cases);
  expect(report.failures.join("\n")).toBe("");
  expect(report.passed).toBe(report.total);
});
