import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { E2E_PASSWORD, signUpViaApi } from "./support/session";

test("a signed-out visitor of the chat pages is sent to sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/c/some-conversation");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page).toHaveTitle("Sign in · Taskchat");
});

test("sign up, sign out, sign in again", async ({ page }) => {
  const email = `e2e-${randomUUID()}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Grace Hopper");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: "Hi Grace, what's on your list?" })).toBeVisible();

  // A click that lands before the header has hydrated opens nothing: click until it opens.
  const account = page.getByRole("button", { name: "Account: Grace Hopper" });
  await expect(async () => {
    if ((await account.getAttribute("aria-expanded")) !== "true") await account.click();
    await expect(account).toHaveAttribute("aria-expanded", "true", { timeout: 1000 });
  }).toPass();
  await expect(page.getByRole("link", { name: "Settings" })).toHaveAttribute("href", "/settings");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "Wrong email or password. Check both and try again.",
  );

  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("textbox", { name: "Message" })).toBeVisible();
});

test("sign-up explains a taken email and a short password", async ({ page }) => {
  const existing = await signUpViaApi(page);
  await page.context().clearCookies();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Someone");
  await page.getByLabel("Email").fill(existing.email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "Use a password of at least 8 characters.",
  );
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "An account with this email already exists. Sign in instead.",
  );
  await expect(page).toHaveURL(/\/sign-up$/);
});

test("a signed-in visitor of sign-in goes to the chat", async ({ page }) => {
  await signUpViaApi(page);
  await page.goto("/sign-in");
  await expect(page).toHaveURL(/\/$/);
});
