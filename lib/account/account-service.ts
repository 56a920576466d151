import { z } from "zod";
import * as accounts from "@/db/accounts";
import { NotFoundError } from "@/lib/errors";
import { canonicalTimeZone, isTimeZone } from "@/lib/time/zoned-time";

/** An IANA time zone name, as the runtime spells it ("Europe/Berlin", "UTC"). */
export const timeZoneField = z
  .string()
  .max(100)
  .refine(isTimeZone, "must be an IANA time zone such as Europe/Berlin or UTC")
  .transform(canonicalTimeZone);

/** Body of `PATCH /api/account`. */
export const UpdateAccountSchema = z.strictObject({ timezone: timeZoneField });

export interface Account {
  id: string;
  name: string;
  email: string;
  timezone: string;
}

export async function getAccount(userId: string): Promise<Account> {
  const account = await accounts.findAccount(userId);
  if (!account) throw new NotFoundError("Account");
  return account;
}

export async function updateAccount(
  userId: string,
  changes: z.output<typeof UpdateAccountSchema>,
): Promise<Account> {
  await accounts.setUserTimeZone(userId, changes.timezone);
  return getAccount(userId);
}
