import { randomUUID } from "node:crypto";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { LOCALE_COOKIE, type Locale } from "../../i18n/locales";

export interface E2EUser {
  id: string;
  name: string;
  email: string;
  password: string;
  /** For `Authorization: Bearer <token>` calls from the test itself. */
  token: string;
}

export const E2E_PASSWORD = "correct horse battery staple";

/**
 * Signs up a fresh user through the real auth endpoint with the page's own request
 * context, so the browser holds the session cookie afterwards (signed in).
 */
export async function signUpViaApi(page: Page, name = "Test User"): Promise<E2EUser> {
  const origin = String(test.info().project.use.baseURL);
  const email = `e2e-${randomUUID()}@example.com`;
  const response = await page.request.post("/api/auth/sign-up/email", {
    data: { name, email, password: E2E_PASSWORD },
    headers: { origin },
  });
  expect(response.ok(), await response.text()).toBeTruthy();
  const body = (await response.json()) as { user: { id: string } };
  const token = response.headers()["set-auth-token"];
  expect(token).toBeTruthy();
  return { id: body.user.id, name, email, password: E2E_PASSWORD, token: token! };
}

/** Chooses the interface language for the browser, as the language switch's cookie does. */
export async function chooseLanguage(context: BrowserContext, locale: Locale) {
  const url = String(test.info().project.use.baseURL);
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url }]);
}
