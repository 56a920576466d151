import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { chooseDriver } from "@/db/connect";
import { env, type Env } from "@/lib/env";

export const MISSING_SECRET =
  "BETTER_AUTH_SECRET is not set: a deployment on a Postgres server must be given one (32+ random characters, e.g. `openssl rand -base64 32`).";

/**
 * BETTER_AUTH_SECRET signs sessions. A deployment on a database server must set it:
 * its instances need the same secret, and none of them owns a durable folder. On the
 * embedded database (one process, one data folder) we make one once and keep it beside
 * the data, so `npm run dev` and a first `npm start` need no setup and sessions
 * survive restarts.
 */
export function authSecret(config: Env = env()): string {
  if (config.BETTER_AUTH_SECRET) return config.BETTER_AUTH_SECRET;
  const driver = chooseDriver({ url: config.DATABASE_URL, driver: config.DATABASE_DRIVER });
  const embedded = driver === "pglite";
  if (!embedded) throw new Error(MISSING_SECRET);
  return storedSecret(path.join(path.dirname(path.resolve(config.PGLITE_DIR)), "auth-secret"));
}

function storedSecret(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = crypto.randomBytes(32).toString("base64url");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // `wx`: if another process wrote it first, read theirs instead of overwriting it.
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    } catch {
      return fs.readFileSync(file, "utf8").trim();
    }
    console.warn(
      `[taskchat] BETTER_AUTH_SECRET is not set: generated one in ${file} for the embedded database. Keep that file with the data, or set BETTER_AUTH_SECRET.`,
    );
    return secret;
  }
}
