import { expect } from "vitest";
import type { apiAs } from "./users";

/** The REST API as one user (`apiAs`), and what it answers. */
type UserApi = ReturnType<typeof apiAs>;
type ApiAnswer = Awaited<ReturnType<UserApi>>;

/** The task numbers of a `GET /api/tasks` answer, in its order. */
export const taskIds = (answer: { json: { tasks: { id: number }[] } }) =>
  answer.json.tasks.map((task) => task.id);

/**
 * Reads `GET /api/tasks?<query>` `limit` tasks at a time, following next_cursor until it is
 * null; every page must answer 200 with at most `limit` tasks. The numbers, and the pages read.
 */
export async function readAllPages(api: UserApi, query: string, limit: number) {
  const ids: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const params = [query, `limit=${limit}`, cursor && `cursor=${encodeURIComponent(cursor)}`];
    const page = await api("GET", `/api/tasks?${params.filter(Boolean).join("&")}`);
    expect(page.status, query).toBe(200);
    expect(page.json.tasks.length, query).toBeLessThanOrEqual(limit);
    ids.push(...taskIds(page));
    cursor = page.json.next_cursor;
    pages++;
  } while (cursor && pages < 100);
  return { ids, pages };
}

/** A 400 in the contract's shape that names the refused field (`undefined`: none). */
export function expectValidationError(answer: ApiAnswer, field: string | undefined, what?: string) {
  expect(answer.status, what).toBe(400);
  expect(answer.json.error.code, what).toBe("VALIDATION_ERROR");
  expect(answer.json.error.field, what).toBe(field);
}
