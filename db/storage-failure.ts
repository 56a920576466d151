// The storage under the database failed: nothing a retry this second fixes, nothing the
// client did wrong. Such failures answer 503, like a database that is down.
const STORAGE_ERRNO = new Set(["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM", "EIO"]);
const STORAGE_SQLSTATE = new Set([
  "53100", // disk_full
  "58030", // io_error
  "53000", // insufficient_resources
]);

export const STORAGE_FAILURE_MESSAGE =
  "The database's storage is full or cannot be written, so changes are refused. Please try again later.";

/** True for a full, read-only or inaccessible disk, wherever in the cause chain it shows. */
export function isStorageFailure(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (STORAGE_ERRNO.has(code) || STORAGE_SQLSTATE.has(code))) {
      return true;
    }
    if (isPgliteAbort(e)) return true;
  }
  return false;
}

/**
 * PGlite is Postgres compiled to WebAssembly: where Postgres would PANIC (a WAL write
 * failed on a full or read-only disk) the module aborts, and that instance is dead.
 */
export function isPgliteAbort(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === "RuntimeError" || error instanceof WebAssembly.RuntimeError) &&
    /Aborted|unreachable|memory access out of bounds/.test(error.message)
  );
}
