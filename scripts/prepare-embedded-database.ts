// Run by `next build` (next.config.ts, after compiling): makes the prepared embedded
// database, a new one already migrated, that a server with an empty PGLITE_DIR copies
// instead of running initdb (db/embedded/prepared-database.ts). Writes into `.next/`.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {
  PREPARED_DATABASE_DIR,
  PREPARED_MANIFEST,
  type PreparedManifest,
} from "@/db/embedded/prepared-database";
import { migrations } from "@/db/migrations";

async function main() {
  const target = path.resolve(PREPARED_DATABASE_DIR);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const work = fs.mkdtempSync(path.join(path.dirname(target), ".prepare-"));
  try {
    const folder = path.join(work, "pgdata");
    // This process's own database; the secret only satisfies the auth setup (nothing is signed).
    process.env.PGLITE_DIR = folder;
    delete process.env.DATABASE_URL;
    delete process.env.DATABASE_DRIVER;
    process.env.BETTER_AUTH_SECRET = crypto.randomBytes(32).toString("base64url");
    const { closeDatabase } = await import("@/db");
    const { migrateDatabase } = await import("@/db/ready");
    const started = performance.now();
    await migrateDatabase();
    await closeDatabase();
    const manifest: PreparedManifest = { migrations: Object.keys(migrations) };
    fs.writeFileSync(path.join(folder, PREPARED_MANIFEST), JSON.stringify(manifest));
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(folder, target);
    console.log(
      `Prepared the embedded database in ${path.relative(process.cwd(), target)} ` +
        `(${((performance.now() - started) / 1000).toFixed(1)} s).`,
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  // Not fatal to the build: a server without it creates its database with initdb.
  console.warn(
    `Could not prepare the embedded database (new databases will start slower): ${
      error instanceof Error ? error.message : String(error)
    }`,
  );
});
