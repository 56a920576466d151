// Run by `next build` after compiling (next.config.ts `compiler.runAfterProductionCompile`).
// What the database needs before the new build serves anything:
// - on a database server (DATABASE_URL, or DATABASE_URL_UNPOOLED when set): migrate it
//   now, so a deployment's schema is in place before its code runs (a failure fails the
//   build); instances that also migrate at start queue on the same advisory lock
//   (db/migrate.ts) and then find the schema stamp current;
// - on Vercel without DATABASE_URL: fail the build with the reason (the embedded
//   database would lose every task there);
// - otherwise (the embedded database): prepare the copy new embedded databases start from.
import { execFileSync } from "node:child_process";
import { chooseDriver } from "@/db/connect";
import { parseEnv } from "@/lib/env";
import {
  EMBEDDED_DATABASE_ON_VERCEL,
  embeddedDatabaseOnVercel,
} from "@/lib/server/durable-database";

async function main(): Promise<number> {
  // Parsed here, not through env(): the embedded branch below runs a separate process.
  const config = parseEnv(process.env);
  if (embeddedDatabaseOnVercel(config)) {
    console.error(`[taskchat] build refused: ${EMBEDDED_DATABASE_ON_VERCEL}`);
    return 1;
  }
  const driver = chooseDriver({ url: config.DATABASE_URL, driver: config.DATABASE_DRIVER });
  if (driver === "pglite") {
    // Its own process: it points the database at a scratch folder through the environment.
    try {
      execFileSync(process.execPath, ["--import", "tsx", "scripts/prepare-embedded-database.ts"], {
        stdio: "inherit",
      });
    } catch {
      // Not fatal: without it a new embedded database is made with initdb, as before.
      console.warn("[taskchat] Could not prepare the embedded database.");
    }
    return 0;
  }
  if (config.MIGRATE_ON_BUILD === "off") {
    console.log("[taskchat] MIGRATE_ON_BUILD=off: run `npm run db:migrate` before starting.");
    return 0;
  }
  // Migrations take a session advisory lock, which a transaction-mode pooler (Neon's
  // `-pooler` host) does not keep: use the direct URL when the platform gives one.
  if (config.DATABASE_URL_UNPOOLED) process.env.DATABASE_URL = config.DATABASE_URL_UNPOOLED;
  const { closeDatabase } = await import("@/db");
  const { migrateDatabase } = await import("@/db/ready");
  try {
    await migrateDatabase();
    console.log(`[taskchat] Database migrated at build time (${driver}).`);
    return 0;
  } finally {
    await closeDatabase();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `[taskchat] build-time migration failed: ${error instanceof Error ? error.message : error}`,
    );
    process.exit(1);
  },
);
