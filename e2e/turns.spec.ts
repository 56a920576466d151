import { expect, test } from "@playwright/test";
import { api, lastAnswer, listTasks, waitForAnswer } from "./support/app";
import { signUpViaApi } from "./support/session";

test("a failed turn shows an error; Retry answers it once (no duplicate task)", async ({
  page,
}) => {
  const user = await signUpViaApi(page);
  await page.goto("/");
  let first = true;
  await page.route("**/api/chat", async (route) => {
    if (!first) return route.continue();
    first = false;
    // The server runs the whole turn, but the browser never hears the answer.
    const response = await route.fetch();
    await response.body();
    await route.abort("connectionreset");
  });
  const composer = page.getByRole("textbox", { name: "Message" });
  await composer.fill("Add a task to buy milk");
  await composer.press("Enter");
  const alert = page.getByRole("alert").filter({ hasText: /\S/ });
  await expect(alert).toContainText("The connection dropped before the answer arrived.");
  expect((await listTasks(page, user)).map((t) => t.title)).toEqual(["Buy milk"]);

  await alert.getByRole("button", { name: "Retry" }).click();
  await waitForAnswer(page);
  await expect(lastAnswer(page)).toContainText('Added task #1: "Buy milk".');
  // The replayed answer carries its tool call: the same card as a live turn.
  await expect(lastAnswer(page).locator('[data-tool="add_task"]')).toHaveText(
    "Created #1 Buy milk",
  );
  await expect(page.getByRole("alert").filter({ hasText: "Retry" })).toHaveCount(0);
  // The task panel reflects the task the first (unheard) attempt made.
  await expect(page.getByRole("region", { name: "Tasks" }).getByText("Buy milk")).toBeVisible();
  expect((await listTasks(page, user)).map((t) => t.title)).toEqual(["Buy milk"]);
  const { conversations } = await api(page, user, "GET", "/api/conversations");
  expect(conversations).toHaveLength(1);
  const stored = await api(page, user, "GET", `/api/conversations/${conversations[0].id}/messages`);
  expect(stored.messages.map((m: any) => m.role)).toEqual(["user", "assistant"]);
});

test("Stop cancels the answer and keeps what was said, marked as stopped", async ({ page }) => {
  const user = await signUpViaApi(page);
  // A long answer: the question of which of many matching tasks (a list's answer only counts it).
  for (let i = 1; i <= 80; i++)
    await api(page, user, "POST", "/api/tasks", {
      title: `Chore number ${i}: sweep, dust and tidy the garden shed and the attic`,
    });
  await page.goto("/");
  const composer = page.getByRole("textbox", { name: "Message" });
  await composer.fill("complete the chore");
  await composer.press("Enter");
  await expect(page.getByRole("button", { name: "Send" })).toBeDisabled();
  await expect(lastAnswer(page)).toContainText("More than one task matches");
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByText("Stopped — the answer is incomplete.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Stop" })).toHaveCount(0);

  await expect
    .poll(async () => {
      const { conversations } = await api(page, user, "GET", "/api/conversations");
      if (conversations.length === 0) return undefined;
      const { messages } = await api(
        page,
        user,
        "GET",
        `/api/conversations/${conversations[0].id}/messages`,
      );
      return messages.at(-1)?.status;
    })
    .toBe("interrupted");
  const { conversations } = await api(page, user, "GET", "/api/conversations");
  const { messages } = await api(
    page,
    user,
    "GET",
    `/api/conversations/${conversations[0].id}/messages`,
  );
  expect(messages.at(-1).content).toMatch(/^More than one task matches/);
  expect(messages.at(-1).content).not.toContain("Tell me the number.");

  await page.reload();
  await expect(page.getByText("Stopped — the answer is incomplete.")).toBeVisible();
});

test("composer: Shift+Enter is a new line, Enter sends, the count shows near the limit", async ({
  page,
}) => {
  await signUpViaApi(page);
  await page.goto("/");
  const composer = page.getByRole("textbox", { name: "Message" });
  await composer.pressSequentially("first line");
  await composer.press("Shift+Enter");
  await composer.pressSequentially("second line");
  await expect(composer).toHaveValue("first line\nsecond line");
  const before = await composer.evaluate((e) => e.clientHeight);
  await composer.press("Shift+Enter");
  await composer.pressSequentially("third");
  expect(await composer.evaluate((e) => e.clientHeight)).toBeGreaterThan(before);

  await composer.fill("x".repeat(7500));
  await expect(page.getByText("7,500 / 8,000")).toBeVisible();
  await composer.fill("x".repeat(8001));
  await expect(page.getByText("8,001 / 8,000 — too long")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send" })).toBeDisabled();
  await composer.fill("What can you do?");
  await expect(page.getByRole("button", { name: "Send" })).toBeEnabled();
  await composer.press("Enter");
  await expect(composer).toHaveValue("");
  await waitForAnswer(page);
  await expect(lastAnswer(page)).toContainText("I manage your todo list.");
});
