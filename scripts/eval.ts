// `npm run eval`: runs eval/utterances.json and eval/scenarios.json (or another set with
// --file, e.g. a held-out set in eval/held-out/) through the chat (in this process by
// default, or over HTTP with --url) and prints the pass rate per category.
// See eval/README.md for the format.
import { createPgliteDir } from "../test/support/databases";
import { loadCaseFile, loadCases, runEval, type EvalTarget } from "../test/support/eval-runner";
import { httpTarget } from "../test/support/eval-http";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

/**
 * The chat core in this process, on a temporary PGlite: no build, no server. The
 * database settings are chosen before anything opens the database.
 */
async function inProcess(): Promise<{ target: EvalTarget; cleanup: () => Promise<void> }> {
  const data = createPgliteDir();
  process.env.PGLITE_DIR = data.dir;
  for (const name of ["DATABASE_URL", "DATABASE_DRIVER", "NEON_WS_PROXY"]) delete process.env[name];
  const { inProcessTarget } = await import("../test/support/eval-in-process");
  const { closeDatabase } = await import("../db");
  const target = await inProcessTarget();
  return {
    target,
    cleanup: async () => {
      await closeDatabase();
      data.remove();
    },
  };
}

async function main() {
  const only = option("only");
  const file = option("file");
  const cases = (file ? loadCaseFile(file) : loadCases()).filter(
    (c) => !only || c.category === only,
  );
  const url = option("url");
  const { target, cleanup } = url
    ? { target: httpTarget(url), cleanup: async () => {} }
    : await inProcess();
  let report;
  try {
    report = await runEval(target, cases);
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
