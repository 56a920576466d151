import { sql } from "kysely";
import { database } from "@/db";
import { toApiError, type ApiError } from "@/lib/http/errors";

/**
 * One trivial statement, to learn before a page renders whether it can: the database is
 * reachable and its storage usable (the embedded one's folder still there, not aborted).
 * Answers the DATABASE_UNAVAILABLE error a request would get, or undefined when the
 * database answers (or fails in some other way, which the page itself then reports).
 */
export async function databaseUnavailable(): Promise<ApiError | undefined> {
  try {
    await sql`select 1`.execute(database().db);
    return undefined;
  } catch (error) {
    const apiError = toApiError(error);
    return apiError.code === "DATABASE_UNAVAILABLE" ? apiError : undefined;
  }
}
