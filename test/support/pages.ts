import { expect } from "vitest";
import type { TestUser } from "./users";

/** The pages a signed-in browser opens first: the chat and the settings. */
export const SIGNED_IN_PAGES = ["/", "/settings"] as const;

/**
 * While the database or its storage has failed, each signed-in page answers the clear
 * "storage unavailable" page with 503 (never Next's 500 page): HTML saying `message`,
 * with Retry-After and no caching.
 */
export async function expectStorageUnavailablePages(
  baseUrl: string,
  user: Pick<TestUser, "cookie">,
  message: RegExp,
): Promise<void> {
  for (const page of SIGNED_IN_PAGES) {
    const response = await fetch(`${baseUrl}${page}`, {
      headers: { cookie: user.cookie },
      redirect: "manual",
    });
    const html = await response.text();
    expect(response.status, `GET ${page}: ${html.slice(0, 300)}`).toBe(503);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(html).toContain("<h1>Storage unavailable</h1>");
    expect(html).toMatch(message);
  }
}
