import crypto from "node:crypto";
import { env } from "@/lib/env";

/**
 * Whether an Authorization header carries the configured CRON_SECRET as a bearer token.
 * Without a CRON_SECRET nothing is authorised (decision 014): the route must never be
 * open by accident. Compared in constant time, as digests (equal lengths).
 */
export function cronAuthorized(authorization: string | null, secret = env().CRON_SECRET): boolean {
  if (!secret || !authorization) return false;
  const match = /^Bearer (.+)$/.exec(authorization);
  if (!match) return false;
  const digest = (value: string) => crypto.createHash("sha256").update(value).digest();
  return crypto.timingSafeEqual(digest(match[1]!), digest(secret));
}
