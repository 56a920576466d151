import { expect, test } from "@playwright/test";
import { signUpViaApi } from "./support/session";

const baseURL = () => String(test.info().project.use.baseURL);

/** Whether a bearer token still opens the API (i.e. its session is alive). */
async function sessionAlive(token: string): Promise<boolean> {
  const response = await fetch(`${baseURL()}/api/tasks`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return response.status === 200;
}

test("sign-up shows why a weak password is refused", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Weak");
  await page.getByLabel("Email").fill(`weak-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("12345678");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "too easy to guess" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);
});

test("changing the password in settings refuses a weak one and signs out other devices", async ({
  page,
}) => {
  const user = await signUpViaApi(page, "Pat");
  // Another device: a second session of the same account.
  const other = await fetch(`${baseURL()}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseURL() },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  const otherToken = other.headers.get("set-auth-token")!;
  expect(await sessionAlive(otherToken)).toBe(true);

  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill(user.password);
  await form.getByLabel("New password").fill("password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("alert")).toContainText("too easy to guess");

  await form.getByLabel("New password").fill("a brand new long passphrase");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toContainText("Every other device is signed out");
  expect(await sessionAlive(otherToken)).toBe(false);
  // This browser stays signed in.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
});

test("sign out everywhere ends this session and the others", async ({ page }) => {
  const user = await signUpViaApi(page, "Sam");
  expect(await sessionAlive(user.token)).toBe(true);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await sessionAlive(user.token)).toBe(false);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a refused sign-out says so instead of pretending", async ({ page }) => {
  await signUpViaApi(page, "Ray");
  await page.route("**/api/auth/sign-out", (route) =>
    route.fulfill({
      status: 429,
      headers: { "retry-after": "30", "content-type": "application/json" },
      body: JSON.stringify({ message: "Too many requests. Please try again later." }),
    }),
  );
  await page.goto("/");
  await page.getByRole("button", { name: /Account/ }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Couldn't sign out" })).toBeVisible();
  await expect(page).not.toHaveURL(/\/sign-in$/);
});
