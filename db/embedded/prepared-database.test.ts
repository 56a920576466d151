import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { migrations } from "../migrations";
import { copyPreparedDatabase, PREPARED_MANIFEST } from "./prepared-database";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "taskchat-prepared-"));
  made.push(dir);
  return dir;
}

/** A stand-in for the build's prepared database: a few files, the lock's leftovers, a manifest. */
function prepared(manifestMigrations = Object.keys(migrations)): string {
  const source = tempDir();
  fs.mkdirSync(path.join(source, "base", "1"), { recursive: true });
  fs.writeFileSync(path.join(source, "base", "1", "1259"), "catalog");
  fs.writeFileSync(path.join(source, "PG_VERSION"), "17\n");
  fs.writeFileSync(path.join(source, ".taskchat.lock-owner"), "{}");
  fs.writeFileSync(
    path.join(source, PREPARED_MANIFEST),
    JSON.stringify({ migrations: manifestMigrations }),
  );
  return source;
}

describe("starting a new embedded database from the prepared one", () => {
  it("copies the database's files, not the lock's or the manifest", () => {
    const folder = tempDir();
    expect(copyPreparedDatabase(folder, prepared())).toBe(true);
    expect(fs.readdirSync(folder).sort()).toEqual(["PG_VERSION", "base"]);
    expect(fs.readFileSync(path.join(folder, "base", "1", "1259"), "utf8")).toBe("catalog");
  });

  it("is not used when absent", () => {
    const folder = tempDir();
    expect(copyPreparedDatabase(folder, path.join(tempDir(), "missing"))).toBe(false);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it("is not used when it holds a migration this code does not know", () => {
    const folder = tempDir();
    const source = prepared([...Object.keys(migrations), "9999_from_a_newer_build"]);
    expect(copyPreparedDatabase(folder, source)).toBe(false);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it("undoes a copy that fails part way, leaving no half database", () => {
    const folder = tempDir();
    const source = prepared();
    fs.mkdirSync(path.join(source, "pg_wal"));
    fs.writeFileSync(path.join(source, "pg_wal", "000000010000000000000001"), "wal");
    // A file where the copy needs a folder makes it fail after others were copied.
    fs.writeFileSync(path.join(folder, "pg_wal"), "in the way");
    expect(copyPreparedDatabase(folder, source)).toBe(false);
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});
