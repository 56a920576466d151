import { expect, test } from "@playwright/test";
import { signUpViaApi } from "./support/session";

// The ChatKit component's script comes from OpenAI's CDN. Where it cannot load (this
// machine is offline; here the request is also aborted, so the test holds anywhere),
// the page must say so and lead to the built-in chat, not stay blank.

test.beforeEach(async ({ page }) => {
  await page.route("https://cdn.platform.openai.com/**", (route) => route.abort());
});

test("shows a clear message and a link to the built-in chat when ChatKit cannot load", async ({
  page,
}) => {
  await signUpViaApi(page);
  await page.goto("/chatkit");
  const alert = page.getByRole("alert").filter({ hasText: "could not load" });
  await expect(
    alert.getByRole("heading", { name: "The ChatKit component could not load" }),
  ).toBeVisible();
  const link = alert.getByRole("link", { name: "Open the built-in chat" });
  await expect(link).toHaveAttribute("href", "/");
  await expect(page.getByText("Loading ChatKit…")).toHaveCount(0);
  await link.click();
  await expect(page).toHaveURL(/\/$/);
});

test("sends a signed-out visitor to sign in", async ({ page }) => {
  const response = await page.request.get("/chatkit", { maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  expect(response.headers()["location"]).toMatch(/\/sign-in$/);
});

test("the page's ChatKit requests carry the session to our endpoint", async ({ page }) => {
  await signUpViaApi(page);
  await page.goto("/chatkit");
  await expect(
    page.getByRole("heading", { name: "The ChatKit component could not load" }),
  ).toBeVisible();
  // What the component's `fetch` option does, from the page itself.
  const answer = await page.evaluate(async () => {
    const response = await fetch("/api/chatkit", {
      method: "POST",
      credentials: "include",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "threads.list", params: { limit: 5, order: "desc" } }),
    });
    return { status: response.status, body: await response.json() };
  });
  expect(answer).toEqual({ status: 200, body: { data: [], has_more: false, after: null } });
});
