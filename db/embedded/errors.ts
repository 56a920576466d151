import { STORAGE_FAILURE_MESSAGE } from "../storage-failure";

/**
 * Why the embedded database cannot serve right now. Each carries the sentence a client
 * may see (`publicMessage`, answered as 503 DATABASE_UNAVAILABLE) apart from the
 * operator's message, which names folders and processes and goes only to the log.
 * `toApiError` recognises them by `databaseUnavailable`, not by class, because Next may
 * bundle this module more than once.
 */
export abstract class EmbeddedDatabaseUnavailableError extends Error {
  readonly databaseUnavailable = true;
  abstract readonly publicMessage: string;
}

/** A subclass's name and the sentence its clients see. */
function unavailable(name: string, publicMessage: string) {
  return class extends EmbeddedDatabaseUnavailableError {
    override readonly name = name;
    readonly publicMessage = publicMessage;
  };
}

/** Another live process (in any container, on any host) holds the embedded database. */
export class DatabaseLockedError extends unavailable(
  "DatabaseLockedError",
  "The embedded database is in use by another process. Stop it, or configure another database.",
) {}

/** The data folder vanished, was replaced, or our lock on it was lost while we ran. */
export class DataDirLostError extends unavailable(
  "DataDirLostError",
  "The database's storage went away, so this server no longer accepts changes. An operator must restore it and restart the server.",
) {}

/** Production, an empty folder, and a marker saying it held a database before. */
export class NewDatabaseRefusedError extends unavailable(
  "NewDatabaseRefusedError",
  "The database's storage is missing (its volume may not be mounted). An operator must restore it.",
) {}

/** The disk is full, read-only or refuses access, or PGlite aborted on a failed write. */
export class StorageFailureError extends unavailable(
  "StorageFailureError",
  STORAGE_FAILURE_MESSAGE,
) {}
