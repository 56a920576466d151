import { expect, test } from "@playwright/test";
import { saveScreenshot, sendMessage } from "./support/app";
import { signUpViaApi } from "./support/session";

const background = (page: import("@playwright/test").Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

const DARK = "rgb(20, 21, 23)";
const LIGHT = "rgb(247, 247, 248)";

test("the theme follows the system, and the toggle's choice sticks", async ({ page }) => {
  await signUpViaApi(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  expect(await background(page)).toBe(DARK);
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await sendMessage(page, "Add a task to buy groceries");
  await saveScreenshot(page, "dark-chat");

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  expect(await background(page)).toBe(LIGHT);
  await page.reload();
  expect(await background(page)).toBe(LIGHT);

  await page.emulateMedia({ colorScheme: "light" });
  await page.getByRole("button", { name: "Dark theme" }).click();
  expect(await background(page)).toBe(DARK);
  await page.reload();
  expect(await background(page)).toBe(DARK);
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});

test("page titles and favicon", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page).toHaveTitle("Sign in · Taskchat");
  const icon = await page.locator('link[rel="icon"]').getAttribute("href");
  expect(icon).toMatch(/icon/);
  expect((await page.request.get(icon!)).ok()).toBeTruthy();
  await signUpViaApi(page);
  await page.goto("/");
  await expect(page).toHaveTitle("New chat · Taskchat");
});
