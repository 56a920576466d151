import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseEnv } from "@/lib/env";
import { MISSING_SECRET, authSecret } from "./secret";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
  vi.restoreAllMocks();
});

function tempDataDir(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "taskchat-secret-"));
  folders.push(folder);
  return path.join(folder, "pglite");
}

describe("authSecret", () => {
  it("uses BETTER_AUTH_SECRET when it is set", () => {
    const secret = "s".repeat(40);
    const config = parseEnv({ NODE_ENV: "production", BETTER_AUTH_SECRET: secret });
    expect(authSecret(config)).toBe(secret);
  });

  it("on the embedded database in production, generates one secret once, beside the data, and warns", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const dir = tempDataDir();
    const config = parseEnv({ NODE_ENV: "production", PGLITE_DIR: dir });
    const first = authSecret(config);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(authSecret(config)).toBe(first);
    expect(fs.readFileSync(path.join(path.dirname(dir), "auth-secret"), "utf8")).toBe(first);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("on a Postgres server, refuses with one clear sentence", () => {
    for (const url of ["postgres://app@db.example.com/app", "postgres://a@ep-x.neon.tech/db"]) {
      const config = parseEnv({ NODE_ENV: "production", DATABASE_URL: url });
      expect(() => authSecret(config)).toThrow(MISSING_SECRET);
    }
  });
});
