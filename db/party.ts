import { AsyncLocalStorage } from "node:async_hooks";

/**
 * On whose behalf the current work uses the database: the embedded database's one
 * connection is shared out between parties in turn (db/embedded/fair-queue.ts). A route
 * names the party where it learns who is asking; everything it then awaits carries it.
 * Work outside any party (start-up, the reminder ticker, pages) is a party of its own.
 *
 * Kept on globalThis: the route that sets it and the driver that reads it must share one
 * store even if the bundler gave each its own copy of this module.
 */
const holder = globalThis as typeof globalThis & { __taskchatParty?: AsyncLocalStorage<string> };
const store = (holder.__taskchatParty ??= new AsyncLocalStorage<string>());

/** The party of work done outside any request that named one. */
export const NO_PARTY = "";

/** Runs `work` (and everything it awaits) on behalf of `party`. */
export function asParty<T>(party: string, work: () => T): T {
  return store.run(party, work);
}

/** The party the current work belongs to. */
export function currentParty(): string {
  return store.getStore() ?? NO_PARTY;
}

/** The party of a signed-in user's work. */
export const userParty = (userId: string) => `user:${userId}`;

/**
 * The party of a request before its credential is checked (the session lookup itself):
 * the credential it presents, so a client flooding with one session waits behind its own
 * lookups, not in front of everyone's. Never trusted for anything but taking turns.
 */
export function credentialParty(request: Request): string {
  const credential = request.headers.get("authorization") ?? request.headers.get("cookie");
  return credential ? `credential:${credential}` : NO_PARTY;
}
