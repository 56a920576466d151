import { DEFAULT_TIME_ZONE } from "@/lib/time/zoned-time";
import { database } from "./index";

const db = () => database().db;

export interface AccountRow {
  id: string;
  name: string;
  email: string;
  timezone: string;
}

/** The user as the account endpoint shows them; a user without settings is in UTC. */
export async function findAccount(userId: string): Promise<AccountRow | undefined> {
  const row = await db()
    .selectFrom("user")
    .leftJoin("user_settings", "user_settings.user_id", "user.id")
    .select(["user.id", "user.name", "user.email", "user_settings.timezone"])
    .where("user.id", "=", userId)
    .executeTakeFirst();
  return row && { ...row, timezone: row.timezone ?? DEFAULT_TIME_ZONE };
}

// Every chat turn needs the zone; it changes rarely. Kept a minute per process, so a
// turn costs no extra round trip; a change made through another instance shows within it.
const ZONE_TTL_MS = 60_000;
const knownZones = new Map<string, { zone: string; until: number }>();

/** The user's IANA time zone: what "today" and every due date mean to them. */
export async function userTimeZone(userId: string): Promise<string> {
  const known = knownZones.get(userId);
  if (known && known.until > Date.now()) return known.zone;
  const row = await db()
    .selectFrom("user_settings")
    .select("timezone")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  const zone = row?.timezone ?? DEFAULT_TIME_ZONE;
  if (knownZones.size > 10_000) knownZones.clear();
  knownZones.set(userId, { zone, until: Date.now() + ZONE_TTL_MS });
  return zone;
}

export async function setUserTimeZone(userId: string, timezone: string): Promise<void> {
  await db()
    .insertInto("user_settings")
    .values({ user_id: userId, timezone })
    .onConflict((oc) =>
      oc.column("user_id").doUpdateSet((eb) => ({ timezone, updated_at: eb.fn("now") })),
    )
    .execute();
  knownZones.delete(userId);
}
