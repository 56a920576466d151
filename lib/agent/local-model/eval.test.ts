import { describe, expect, it } from "vitest";
import { inProcessTarget } from "@/test/support/eval-in-process";
import { loadCases, runEval } from "@/test/support/eval-runner";

// The whole evaluation set (eval/*.json) through the chat core with the local model on
// this file's PGlite: no build, no HTTP, seconds. Fails below 100%. One test per
// category, so a slow shared machine meets each test's time limit: the set grows with
// every round of phrasings, and one test for all of it came near the limit.

const cases = loadCases();
const categories = [...new Set(cases.map((c) => c.category))].sort();

it("holds enough single messages and conversations", () => {
  expect(cases.filter((c) => c.turns.length === 1).length).toBeGreaterThanOrEqual(150);
  expect(cases.filter((c) => c.turns.length > 1).length).toBeGreaterThanOrEqual(20);
  expect(categories.length).toBeGreaterThanOrEqual(20);
});

describe("passes every case of the evaluation set", () => {
  it.each(categories)("%s", { timeout: 120_000 }, async (category) => {
    const ofCategory = cases.filter((c) => c.category === category);
    const report = await runEval(await inProcessTarget(), ofCategory);
    expect(report.failures.join("\n")).toBe("");
    expect(report.passed).toBe(ofCategory.length);
  });
});
