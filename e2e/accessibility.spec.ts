import { expect, test } from "@playwright/test";
import { saveScreenshot, sendMessage } from "./support/app";
import { signUpViaApi } from "./support/session";
import { seriousViolations } from "./support/axe";

test("sign-in page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  await saveScreenshot(page, "sign-in");
  expect(await seriousViolations(page)).toEqual([]);
});

for (const scheme of ["light", "dark"] as const) {
  test(`empty chat and a chat with tool cards pass axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await signUpViaApi(page);
    await page.goto("/");
    await expect(page.getByRole("main")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await sendMessage(page, "Add a task to buy groceries");
    await sendMessage(page, "what's pending?");
    await expect(page.locator('[data-tool="list_tasks"]')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, `chat-with-tool-cards-${scheme}`);
  });
}

test("landmarks, names and keyboard use", async ({ page }) => {
  await signUpViaApi(page);
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Conversations" })).toBeVisible();
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("region", { name: "Tasks" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /^$/ })).toHaveCount(1);

  // The composer has focus on arrival; a keyboard-only turn.
  const composer = page.getByRole("textbox", { name: "Message" });
  await expect(composer).toBeFocused();
  await page.keyboard.type("Add a task to water the plants");
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("status").filter({ hasText: 'Added task #1: "Water the plants".' }),
  ).toHaveCount(1);

  // Tab reaches the task panel's controls, with a visible focus ring.
  const newTask = page.getByRole("textbox", { name: "New task" });
  await newTask.focus();
  await page.keyboard.type("Call mom");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Tasks" }).getByText("Call mom")).toBeVisible();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute("aria-pressed", /true|false/);
  const outline = await focused.evaluate((e) => getComputedStyle(e).outlineStyle);
  expect(outline).toBe("solid");
});

test("the delete dialog and the phone drawer and sheet pass axe", async ({ page }) => {
  const user = await signUpViaApi(page);
  await page.request.post(`/api/${user.id}/chat`, {
    headers: { authorization: `Bearer ${user.token}` },
    data: { message: "Add a task to buy groceries" },
  });
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Conversations" });
  // The conversation is named after the task it added.
  await nav.getByRole("button", { name: "Delete “Groceries”" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(page.getByRole("dialog").getByRole("button", { name: "Cancel" })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("button", { name: "Conversations" }).click();
  await expect(nav).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: /^Tasks/ }).click();
  await expect(page.getByRole("region", { name: "Tasks" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
