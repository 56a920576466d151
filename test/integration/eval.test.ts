import { expect, it } from "vitest";
import { httpTarget } from "../support/eval-http";
import { loadCases, runEval } from "../support/eval-runner";
import { suiteApp } from "../support/app-server";

// The evaluation's HTTP mode against the production server: the first case of each
// category, so `npm run eval -- --url` stays honest. The whole set runs in-process in
// the unit suite (lib/agent/local-model/eval.test.ts). The server answers on the real
// clock, so cases that expect a date or time (fixed for the in-process run's day) are
// left to the in-process run.

/** Whether a case expects a date or a time, which only a fixed clock makes one value. */
function expectsDates(testCase: object): boolean {
  return /"due_(date|time)"/.test(JSON.stringify(testCase));
}

const server = suiteApp({ lane: "pglite" });

it("passes one case of each category over HTTP", async () => {
  const firstOfEach = new Map(
    loadCases()
      .filter((c) => !expectsDates(c))
      .map((c) => [c.category, c] as const)
      .reverse(),
  );
  expect(firstOfEach.size).toBeGreaterThanOrEqual(20);
  const report = await runEval(httpTarget(server.url), [...firstOfEach.values()]);
  expect(report.failures.join("\n")).toBe("");
  expect(report.passed).toBe(report.total);
});
