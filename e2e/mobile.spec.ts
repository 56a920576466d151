import { expect, test } from "@playwright/test";
import { api, saveScreenshot, sendMessage } from "./support/app";
import { signUpViaApi } from "./support/session";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test("on a phone the history is a drawer and the tasks a sheet", async ({ page }) => {
  const user = await signUpViaApi(page);
  const first = await api(page, user, "POST", `/api/${user.id}/chat`, {
    message: "Add a task to buy groceries",
  });
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Conversations" });
  const tasks = page.getByRole("region", { name: "Tasks" });
  await expect(nav).toBeHidden();
  await expect(tasks).toBeHidden();
  await expect(page.getByRole("textbox", { name: "Message" })).toBeVisible();

  await sendMessage(page, "what's pending?");
  await expect(page.locator('[data-tool="list_tasks"]')).toContainText("1 pending task");
  await saveScreenshot(page, "mobile-chat");

  const menu = page.getByRole("button", { name: "Conversations" });
  await menu.click();
  await expect(nav).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await saveScreenshot(page, "mobile-drawer");
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();

  await menu.click();
  await nav.getByRole("link", { name: "Groceries" }).click();
  await expect(nav).toBeHidden();
  await expect(page).toHaveURL(`/c/${first.conversation_id}`);
  await expect(page.locator('[data-tool="add_task"]')).toContainText("Created #1 Buy groceries");

  await page.getByRole("button", { name: /^Tasks/ }).click();
  await expect(tasks).toBeVisible();
  await expect(tasks.getByText("Buy groceries")).toBeVisible();
  await tasks.getByRole("checkbox", { name: /#1 Buy groceries/ }).check();
  await saveScreenshot(page, "mobile-tasks-sheet");
  await tasks.getByRole("button", { name: "Close tasks" }).click();
  await expect(tasks).toBeHidden();
  await expect
    .poll(async () => (await api(page, user, "GET", "/api/tasks/1")).completed)
    .toBe(true);
});
