import fs from "node:fs";
import path from "node:path";
import { migrations } from "../migrations";

/**
 * A new embedded database costs ~5 s of `initdb` (and ~700 MB of memory while it runs)
 * plus the migrations. The build makes one such database once, already migrated
 * (scripts/prepare-embedded-database.ts, run by `next build`), and a server whose folder
 * is empty starts from a copy of it: a file copy and a normal PGlite start.
 *
 * It lives in the build output (`.next/`), never in the repository, so it always matches
 * the code that was built; without it a server falls back to `initdb`. (`turbopackIgnore`
 * below: the build must not trace this folder's files into the server.)
 */
export const PREPARED_DATABASE_DIR = path.join(".next", "taskchat-embedded-database");

/** What the prepared database holds, so a copy is only used where the code can continue it. */
export const PREPARED_MANIFEST = "taskchat-prepared.json";

export interface PreparedManifest {
  /** Our migrations already applied in it. */
  migrations: string[];
}

/** Files that belong to the process that made the copy, not to the database. */
export const NOT_DATABASE_FILES = new Set([
  ".taskchat.lock",
  ".taskchat.lock-owner",
  PREPARED_MANIFEST,
]);

/**
 * Copies the prepared database into `folder` (locked by the caller and without a
 * database in it) and says whether it did. Not used when absent, or when it holds a
 * migration this code does not know (the migrator would refuse the database).
 */
export function copyPreparedDatabase(
  folder: string,
  source = path.resolve(PREPARED_DATABASE_DIR),
): boolean {
  let manifest: PreparedManifest;
  try {
    manifest = JSON.parse(
      fs.readFileSync(/*turbopackIgnore: true*/ path.join(source, PREPARED_MANIFEST), "utf8"),
    );
  } catch {
    return false;
  }
  if (!manifest.migrations.every((name) => name in migrations)) return false;
  // PG_VERSION last: it is what says "a database is here", so a copy cut short by a
  // crash is copied again at the next start rather than opened half-made.
  const entries = fs
    .readdirSync(/*turbopackIgnore: true*/ source)
    .filter((entry) => !NOT_DATABASE_FILES.has(entry))
    .sort((a, b) => Number(a === "PG_VERSION") - Number(b === "PG_VERSION"));
  try {
    for (const entry of entries) {
      fs.cpSync(/*turbopackIgnore: true*/ path.join(source, entry), path.join(folder, entry), {
        recursive: true,
        // A copy-on-write clone where the file system offers one, else a plain copy.
        mode: fs.constants.COPYFILE_FICLONE,
      });
    }
  } catch (error) {
    // E.g. a build replacing it meanwhile: undo the part copied, and start without it.
    for (const entry of entries)
      fs.rmSync(path.join(folder, entry), { recursive: true, force: true });
    console.warn(
      `[taskchat] could not copy the prepared database (${(error as Error).message}); creating one.`,
    );
    return false;
  }
  return true;
}
