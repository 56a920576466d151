import { database } from "./index";

const db = () => database().db;

export interface VapidKeyPair {
  publicKey: string;
  privateKey: string;
}

/**
 * The stored pair, storing `candidate` first when there is none. Every instance that
 * races here ends up with the same pair: the first insert wins, the others read it.
 */
export async function storedVapidKeys(candidate: () => VapidKeyPair): Promise<{
  keys: VapidKeyPair;
  created: boolean;
}> {
  const existing = await readVapidKeys();
  if (existing) return { keys: existing, created: false };
  const fresh = candidate();
  const inserted = await db()
    .insertInto("vapid_keys")
    .values({ public_key: fresh.publicKey, private_key: fresh.privateKey })
    .onConflict((oc) => oc.column("id").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (inserted) return { keys: fresh, created: true };
  return { keys: (await readVapidKeys())!, created: false };
}

async function readVapidKeys(): Promise<VapidKeyPair | undefined> {
  const row = await db()
    .selectFrom("vapid_keys")
    .select(["public_key", "private_key"])
    .executeTakeFirst();
  return row && { publicKey: row.public_key, privateKey: row.private_key };
}
