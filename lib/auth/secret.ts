import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * BETTER_AUTH_SECRET signs sessions. Production must set it. In development we make
 * one and keep it beside the embedded database, so sessions survive restarts and the
 * run command needs no setup.
 */
export function authSecret(): string {
  const config = env();
  if (config.BETTER_AUTH_SECRET) return config.BETTER_AUTH_SECRET;
  if (config.NODE_ENV === "production") {
    throw new Error(
      "BETTER_AUTH_SECRET is required in production (32+ random characters, e.g. `openssl rand -base64 32`).",
    );
  }
  const file = path.join(path.dirname(path.resolve(config.PGLITE_DIR)), "dev-auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = crypto.randomBytes(32).toString("base64url");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    console.warn(
      `[taskchat] BETTER_AUTH_SECRET is not set: generated a development secret in ${file}. Set it in production.`,
    );
    return secret;
  }
}
