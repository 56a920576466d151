// `npm run eval`: runs eval/utterances.json and eval/scenarios.json through the HTTP API and
// prints the pass rate per category. See eval/README.md for the format.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createPgliteDir } from "../test/support/databases";
import { loadCases, runEval } from "../test/support/eval-runner";
import { startServer } from "../test/support/server";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

/** One command on a fresh clone: build the production server first when there is none (or on --build). */
function ensureProductionBuild() {
  const built = fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"));
  if (built && !process.argv.includes("--build")) return;
  console.log("Building the production server first (next build)…");
  const next = path.join(process.cwd(), "node_modules/next/dist/bin/next");
  const result = spawnSync(process.execPath, [next, "build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed");
}

async function main() {
  const only = option("only");
  const cases = loadCases().filter((c) => !only || c.category === only);
  let baseUrl = option("url");
  let cleanup = async () => {};
  if (!baseUrl) {
    ensureProductionBuild();
    const data = createPgliteDir();
    const server = await startServer({ PGLITE_DIR: data.dir });
    baseUrl = server.url;
    cleanup = async () => {
      await server.stop();
      data.remove();
    };
  }
  let report;
  try {
    report = await runEval(baseUrl, cases);
  } finally {
    await cleanup();
  }
  const { byCategory, failures, passed } = report;
  if (failures.length) console.log(`${failures.join("\n")}\n`);
  const pct = (p: number, t: number) => `${((100 * p) / t).toFixed(1)}%`;
  for (const [category, tally] of [...byCategory].sort()) {
    console.log(
      `${category.padEnd(22)} ${String(tally.passed).padStart(4)}/${String(tally.total).padEnd(4)} ${pct(tally.passed, tally.total)}`,
    );
  }
  console.log(
    `${"total".padEnd(22)} ${String(passed).padStart(4)}/${String(cases.length).padEnd(4)} ${pct(passed, cases.length)}`,
  );
  if (passed !== cases.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
