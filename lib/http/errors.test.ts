import { describe, expect, it, vi } from "vitest";
import { DataDirLostError, DatabaseLockedError } from "@/db/embedded/errors";
import { toApiError } from "./errors";

vi.spyOn(console, "error").mockImplementation(() => {});

const errno = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

describe("toApiError: storage failures are 503, never 500", () => {
  it.each([
    ["a full disk", errno("ENOSPC")],
    ["a disk quota", errno("EDQUOT")],
    ["a read-only volume", errno("EROFS")],
    ["a folder we may not write", errno("EACCES")],
    ["Postgres' disk_full", Object.assign(new Error("could not extend file"), { code: "53100" })],
    ["Postgres' io_error", Object.assign(new Error("could not write block"), { code: "58030" })],
    [
      "a PGlite abort",
      new WebAssembly.RuntimeError("Aborted(). Build with -sASSERTIONS for more info."),
    ],
    [
      "a storage error wrapped by a library",
      new Error("Failed to get session", { cause: errno("EROFS") }),
    ],
  ])("%s", (_, error) => {
    const apiError = toApiError(error);
    expect(apiError.status).toBe(503);
    expect(apiError.code).toBe("DATABASE_UNAVAILABLE");
    expect(apiError.message).toMatch(/storage is full or cannot be written/);
  });

  it("answers the embedded database's own refusals with their public sentence, also when wrapped", () => {
    const lost = new DataDirLostError("/srv/data was deleted (operator detail)");
    const wrapped = toApiError(new Error("Failed to get session", { cause: lost }));
    expect(wrapped.status).toBe(503);
    expect(wrapped.message).toBe(lost.publicMessage);
    expect(wrapped.message).not.toContain("/srv/data");
    expect(toApiError(new DatabaseLockedError("in use by process 7")).message).toMatch(
      /in use by another process/,
    );
  });

  it("anything else stays a 500 without details", () => {
    const apiError = toApiError(new TypeError("x is undefined"));
    expect(apiError.status).toBe(500);
    expect(apiError.message).not.toContain("undefined");
  });
});
