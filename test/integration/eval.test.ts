import { afterAll, beforeAll, expect, it } from "vitest";
import { createPgliteDir } from "../support/databases";
import { loadCases, runEval } from "../support/eval-runner";
import { startServer, type RunningServer } from "../support/server";

// The whole evaluation set (eval/*.json) through the HTTP API of the production
// server with the local model: the test command fails below 100%.

let server: RunningServer;
let data: ReturnType<typeof createPgliteDir>;

beforeAll(async () => {
  data = createPgliteDir();
  server = await startServer({ PGLITE_DIR: data.dir });
});

afterAll(async () => {
  await server?.stop();
  data?.remove();
});

it("passes every case of the evaluation set", { timeout: 600_000 }, async () => {
  const cases = loadCases();
  expect(cases.filter((c) => c.turns.length === 1).length).toBeGreaterThanOrEqual(150);
  expect(cases.filter((c) => c.turns.length > 1).length).toBeGreaterThanOrEqual(20);
  const report = await runEval(server.url, cases);
  expect(report.failures.join("\n")).toBe("");
  expect(report.passed).toBe(report.total);
});
