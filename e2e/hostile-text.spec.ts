import { expect, test, type Page } from "@playwright/test";
import { api, lastAnswer, listTasks, sendMessage } from "./support/app";
import { signUpViaApi } from "./support/session";

// Titles and messages are the user's text, never markup: HTML in them shows literally
// wherever it appears (task panel, the user's message, the answer and its tool card,
// live and after reload), and nothing in it runs.

const HOSTILE_TITLES = [
  `<img src=x onerror="window.__pwned=1">`,
  "<script>window.__pwned=1</script>",
];
const HOSTILE_MESSAGE = "Add a task to <b>bold</b> <img src=x onerror=window.__pwned=1>";

/** Nothing ran and nothing was parsed as markup: no flag, no injected image or tag, no dialog. */
async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator("main b, main script, [aria-label=Tasks] script")).toHaveCount(0);
  expect(dialogs).toEqual([]);
}

test("HTML in task titles and chat messages is shown as text and never runs", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  const user = await signUpViaApi(page);
  for (const title of HOSTILE_TITLES) await api(page, user, "POST", "/api/tasks", { title });
  expect((await listTasks(page, user)).map((t) => t.title)).toEqual(HOSTILE_TITLES);

  await page.goto("/");
  const tasks = page.getByRole("region", { name: "Tasks" });
  for (const title of HOSTILE_TITLES) {
    await expect(tasks.getByText(title, { exact: true })).toBeVisible();
  }
  await expectNothingRan(page, dialogs);

  await sendMessage(page, HOSTILE_MESSAGE);
  const said = () => page.getByRole("article", { name: "You said" }).last();
  await expect(said().getByText(HOSTILE_MESSAGE, { exact: true })).toBeVisible();
  // The agent added a task whose title holds the markup; it shows as text too.
  await expect.poll(async () => (await listTasks(page, user)).length).toBe(3);
  const added = (await listTasks(page, user)).at(-1)!;
  expect(added.title).toContain("<b>bold</b>");
  expect(added.title).toContain("<img src=x onerror=window.__pwned=1>");
  await expect(tasks.getByText(added.title, { exact: true })).toBeVisible();
  await expect(lastAnswer(page)).toContainText("<b>bold</b>");
  await expectNothingRan(page, dialogs);

  // Stored messages render through the history path: the same text, still inert.
  await page.reload();
  await expect(said().getByText(HOSTILE_MESSAGE, { exact: true })).toBeVisible();
  await expect(lastAnswer(page)).toContainText("<b>bold</b>");
  for (const title of [...HOSTILE_TITLES, added.title]) {
    await expect(tasks.getByText(title, { exact: true })).toBeVisible();
  }
  await expectNothingRan(page, dialogs);
});
