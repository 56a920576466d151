import { expect, test, type Page } from "@playwright/test";
import { api, lastAnswer, sendMessage } from "./support/app";
import { signUpViaApi, type E2EUser } from "./support/session";

async function chat(page: Page, user: E2EUser, message: string): Promise<string> {
  const answer = await api(page, user, "POST", `/api/${user.id}/chat`, { message });
  return answer.conversation_id;
}

test("history: newest first, open, back/forward and reload keep the conversation", async ({
  page,
}) => {
  const user = await signUpViaApi(page);
  const older = await chat(page, user, "Add a task to water the plants");
  const newer = await chat(page, user, "What's pending?");
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Conversations" });
  // A conversation that changed tasks is named after them; a question keeps its words.
  await expect(nav.getByRole("link")).toHaveText(["What's pending?", "Water the plants"]);

  await nav.getByRole("link", { name: "Water the plants" }).click();
  await expect(page).toHaveURL(`/c/${older}`);
  await expect(page.locator('[data-tool="add_task"]')).toContainText("Created #1 Water the plants");
  await expect(page).toHaveTitle("Water the plants · Taskchat");
  // A <title> mounted after the switch (React puts it first: a page's metadata streamed in
  // late does that) does not bring back the name of the page the app was loaded on.
  await page.evaluate(() => {
    const late = document.createElement("title");
    late.textContent = "New chat · Taskchat";
    document.head.insertBefore(late, document.head.querySelector("title"));
  });
  await expect(page).toHaveTitle("Water the plants · Taskchat");

  await nav.getByRole("link", { name: "What's pending?" }).click();
  await expect(page).toHaveURL(`/c/${newer}`);
  await expect(page.locator('[data-tool="list_tasks"]')).toContainText("1 pending task");

  await page.goBack();
  await expect(page).toHaveURL(`/c/${older}`);
  await expect(page.locator('[data-tool="add_task"]')).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL(`/c/${newer}`);
  await expect(page.locator('[data-tool="list_tasks"]')).toBeVisible();

  await page.reload();
  await expect(page.getByRole("article", { name: "You said" })).toHaveText(/What's pending\?/);
  await expect(nav.getByRole("link", { name: "What's pending?" })).toHaveAttribute(
    "aria-current",
    "page",
  );

  // A new chat continues in its own conversation after reload.
  await nav.getByRole("button", { name: "New chat" }).click();
  await expect(page).toHaveURL(/\/$/);
  await sendMessage(page, "Add a task to call the bank");
  await expect(page).toHaveURL(/\/c\//);
  const third = new URL(page.url()).pathname.split("/").pop();
  await expect(nav.getByRole("link")).toHaveText([
    "Call the bank",
    "What's pending?",
    "Water the plants",
  ]);
  await page.reload();
  await sendMessage(page, "what's pending?");
  await expect(lastAnswer(page).getByRole("table").getByRole("row")).toHaveCount(3);
  const stored = await api(page, user, "GET", `/api/conversations/${third}/messages`);
  expect(stored.messages).toHaveLength(4);
});

test("rename and delete a conversation", async ({ page }) => {
  const user = await signUpViaApi(page);
  const id = await chat(page, user, "Add a task to buy groceries");
  await page.goto(`/c/${id}`);
  const nav = page.getByRole("navigation", { name: "Conversations" });

  await nav.getByRole("button", { name: "Rename “Groceries”" }).click();
  const field = nav.getByRole("textbox", { name: "Conversation title" });
  await field.fill("Shopping");
  await field.press("Enter");
  await expect(nav.getByRole("link", { name: "Shopping" })).toBeVisible();
  expect((await api(page, user, "GET", `/api/conversations/${id}`)).title).toBe("Shopping");
  await page.reload();
  await expect(nav.getByRole("link", { name: "Shopping" })).toBeVisible();
  // A title the person chose stays when later turns change tasks.
  await sendMessage(page, "add a task to buy eggs");
  await expect(lastAnswer(page).locator('[data-tool="add_task"]')).toBeVisible();
  await page.reload();
  await expect(nav.getByRole("link", { name: "Shopping" })).toBeVisible();

  await nav.getByRole("button", { name: "Delete “Shopping”" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this conversation?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(nav.getByRole("link", { name: "Shopping" })).toBeVisible();

  await nav.getByRole("button", { name: "Delete “Shopping”" }).click();
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(nav.getByRole("link")).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
  const response = await page.request.get(`/api/conversations/${id}`, {
    headers: { authorization: `Bearer ${user.token}` },
  });
  expect(response.status()).toBe(404);
  // The task made in that conversation stays.
  expect((await api(page, user, "GET", "/api/tasks")).tasks).toHaveLength(2);
});

test("a conversation that is not yours is not found", async ({ page, browser }) => {
  const other = await browser.newPage();
  const owner = await signUpViaApi(other);
  const id = await chat(other, owner, "Add a task to keep secrets");
  await other.close();
  await signUpViaApi(page);
  const response = await page.goto(`/c/${id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByText("keep secrets")).toHaveCount(0);
});
