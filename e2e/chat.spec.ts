import { expect, test } from "@playwright/test";
import { api, lastAnswer, listTasks, saveScreenshot, sendMessage } from "./support/app";
import { signUpViaApi } from "./support/session";

test("a streamed answer appears word by word and is stored", async ({ page }) => {
  const user = await signUpViaApi(page);
  // Count the text pieces the server streams (a copy of each chat response is read to the end),
  // and record every text the answer shows while it streams. A loaded machine may hand the page
  // several pieces in one read, so "word by word" is checked where it is decided (the stream) and
  // the page is only required to show the answer growing, not one render per piece.
  await page.addInitScript(() => {
    const w = window as any;
    w.__pieces = 0;
    const original = window.fetch.bind(window);
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const response = await original(...args);
      const url =
        typeof args[0] === "string" ? args[0] : String((args[0] as Request).url ?? args[0]);
      if (url.includes("/api/chat") && response.body) {
        void response
          .clone()
          .text()
          .then((body) => {
            w.__pieces += body.match(/"type":"text-delta"/g)?.length ?? 0;
          });
      }
      return response;
    };
  });
  await page.goto("/");
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as any).__seen = seen;
    new MutationObserver(() => {
      const answers = document.querySelectorAll('article[aria-label="Assistant said"]');
      const text = answers[answers.length - 1]?.querySelector("div")?.textContent ?? "";
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await sendMessage(page, "What can you do?");
  const answer = lastAnswer(page);
  await expect(answer).toContainText("I manage your todo list. You can say things like:");
  await expect(answer.getByRole("listitem")).toHaveCount(5);
  await expect(answer.locator("strong").first()).toHaveText("Add");
  // The server sent the answer in many small pieces…
  await expect.poll(() => page.evaluate(() => (window as any).__pieces)).toBeGreaterThan(10);
  // …and the page showed it growing before it was whole.
  const seen: string[] = await page.evaluate(() => (window as any).__seen);
  expect(seen.length).toBeGreaterThan(1);
  expect(seen[0]!.length).toBeLessThan(seen.at(-1)!.length);
  // The URL names the new conversation; the answer is stored.
  await expect(page).toHaveURL(/\/c\/[\w-]+$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const stored = await api(page, user, "GET", `/api/conversations/${id}/messages`);
  expect(stored.messages.map((m: any) => m.role)).toEqual(["user", "assistant"]);
  expect(stored.messages[0].content).toBe("What can you do?");
  expect(stored.messages[1].content).toContain("I manage your todo list.");
  await expect(page.getByRole("status").filter({ hasText: "I manage your todo list" })).toHaveCount(
    1,
  );
});

test("a starter prompt sends on click", async ({ page }) => {
  const user = await signUpViaApi(page, "Ada Lovelace");
  await api(page, user, "POST", "/api/tasks", { title: "Water the plants" });
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Hi Ada, what's on your list?" })).toBeVisible();
  await saveScreenshot(page, "start-screen");
  await page.getByRole("button", { name: "What's pending?" }).click();
  await expect(page.getByRole("article", { name: "You said" })).toHaveText(/What's pending\?/);
  const answer = lastAnswer(page);
  await expect(answer.locator('[data-tool="list_tasks"]')).toContainText("1 pending task");
  await expect(answer.getByRole("table")).toContainText("Water the plants");
  // One list rendering: the card is the list, the text says how many; copy and time on hover.
  await expect(answer).toContainText("You have 1 pending task.");
  await expect(answer.getByRole("listitem")).toHaveCount(0);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await answer.hover();
  await expect(answer.locator("time")).toBeVisible();
  await answer.getByRole("button", { name: "Copy message" }).click();
  await expect(answer.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    "You have 1 pending task.",
  );
});

test("each task tool shows as a card, live and after reload, and the task panel follows", async ({
  page,
}) => {
  const user = await signUpViaApi(page);
  await page.goto("/");
  const tasks = page.getByRole("region", { name: "Tasks" });

  await sendMessage(page, "Add a task to buy groceries");
  await expect(lastAnswer(page).locator('[data-tool="add_task"]')).toHaveText(
    "Created #1 Buy groceries",
  );
  await expect(tasks.getByText("Buy groceries")).toBeVisible();
  expect(await listTasks(page, user)).toMatchObject([
    { id: 1, title: "Buy groceries", completed: false },
  ]);

  await sendMessage(page, "Add a task to call mom");
  await sendMessage(page, "what's pending?");
  const table = lastAnswer(page).getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(lastAnswer(page).locator('[data-tool="list_tasks"]')).toContainText(
    "2 pending tasks",
  );

  await sendMessage(page, "complete task 1");
  await expect(lastAnswer(page).locator('[data-tool="complete_task"]')).toContainText(
    "Completed #1 Buy groceries",
  );
  await expect(tasks.getByRole("checkbox", { name: /#1 Buy groceries/ })).toBeChecked();

  await sendMessage(page, "rename task 2 to Call grandma");
  await expect(lastAnswer(page).locator('[data-tool="update_task"]')).toContainText(
    "Renamed #2 to Call grandma",
  );
  await expect(tasks.getByText("Call grandma")).toBeVisible();

  await sendMessage(page, "delete task 2");
  await expect(lastAnswer(page).locator('[data-tool="delete_task"]')).toContainText(
    "Deleted #2 Call grandma",
  );
  await expect(tasks.getByText("Call grandma")).toHaveCount(0);

  await sendMessage(page, "complete task 9");
  await expect(lastAnswer(page).locator('[data-tool="complete_task"]')).toContainText(
    "Task #9 not found",
  );

  expect(await listTasks(page, user)).toMatchObject([
    { id: 1, title: "Buy groceries", completed: true },
  ]);
  await saveScreenshot(page, "tool-cards");

  // Stored tool calls render with the same cards.
  await page.reload();
  for (const [tool, text] of [
    ["add_task", "Created #1 Buy groceries"],
    ["list_tasks", "2 pending tasks"],
    ["complete_task", "Completed #1 Buy groceries"],
    ["update_task", "Renamed #2 to Call grandma"],
    ["delete_task", "Deleted #2 Call grandma"],
  ]) {
    await expect(page.locator(`[data-tool="${tool}"]`).first()).toContainText(text!);
  }
});

test("edits in the task panel are what the agent sees next turn", async ({ page }) => {
  const user = await signUpViaApi(page);
  await page.goto("/");
  const tasks = page.getByRole("region", { name: "Tasks" });
  await tasks.getByRole("textbox", { name: "New task" }).fill("Pay rent");
  await tasks.getByRole("button", { name: "Add" }).click();
  await tasks.getByRole("textbox", { name: "New task" }).fill("Book dentist");
  await tasks.getByRole("textbox", { name: "New task" }).press("Enter");
  await expect(tasks.getByRole("listitem")).toHaveCount(2);

  await tasks.getByRole("button", { name: "Rename task #1" }).click();
  const field = tasks.getByRole("textbox", { name: "Title of task #1" });
  await field.fill("Pay rent and bills");
  await field.press("Enter");
  await tasks.getByRole("checkbox", { name: /#2 Book dentist/ }).check();
  await expect
    .poll(async () => listTasks(page, user))
    .toMatchObject([
      { id: 1, title: "Pay rent and bills", completed: false },
      { id: 2, title: "Book dentist", completed: true },
    ]);

  await sendMessage(page, "what's pending?");
  const table = lastAnswer(page).getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText("Pay rent and bills");

  await tasks.getByRole("button", { name: "Pending" }).click();
  await expect(tasks.getByRole("listitem")).toHaveText([/Pay rent and bills/]);
  await tasks.getByRole("button", { name: "Completed" }).click();
  await expect(tasks.getByRole("listitem")).toHaveText([/Book dentist/]);
  await tasks.getByRole("button", { name: "All" }).click();
  // Wait for the All view's list: clicking while it replaces the Completed view's rows
  // can land on a row that is swapped out between press and release (no click at all).
  await expect(tasks.getByRole("listitem")).toHaveCount(2);
  await tasks.getByRole("button", { name: "Delete task #2" }).click();
  await expect(tasks.getByRole("listitem")).toHaveCount(1);
  await expect.poll(async () => (await listTasks(page, user)).map((t) => t.id)).toEqual([1]);
});

test("a double-submitted task creates one task", async ({ page }) => {
  const user = await signUpViaApi(page);
  await page.goto("/");
  const tasks = page.getByRole("region", { name: "Tasks" });
  const input = tasks.getByRole("textbox", { name: "New task" });
  await input.fill("Only once");
  // Every create the page sends, so the check below runs after all of them answered.
  const creates: Promise<unknown>[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === "/api/tasks") {
      creates.push(request.response());
    }
  });
  await input.evaluate((element) => {
    const form = element.closest("form")!;
    form.requestSubmit();
    form.requestSubmit();
  });
  await expect(tasks.getByRole("listitem")).toHaveCount(1);
  await Promise.all(creates);
  expect((await listTasks(page, user)).map((t) => t.title)).toEqual(["Only once"]);
});

test("HTML in titles and messages shows as text", async ({ page }) => {
  const user = await signUpViaApi(page);
  await page.goto("/");
  await sendMessage(page, "Add a task to <b>bold</b> <img src=x onerror=alert(1)>");
  const tasks = page.getByRole("region", { name: "Tasks" });
  await expect(tasks.getByText("<b>bold</b>", { exact: false })).toBeVisible();
  await expect(page.locator("main img, [aria-label=Tasks] img, main b")).toHaveCount(0);
  const [task] = await listTasks(page, user);
  expect(task!.title).toContain("<b>bold</b>");
  await expect(page.getByRole("article", { name: "You said" })).toContainText(
    "<img src=x onerror=alert(1)>",
  );
});

test("a tool card shows pending until its result arrives", async ({ page }) => {
  await signUpViaApi(page);
  await page.goto("/");
  // Hold back the stream from the tool's result on: the card is caught mid-turn.
  await page.route("**/api/chat", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    const cut = body.slice(0, body.indexOf('"type":"tool-output-available"'));
    await route.fulfill({ response, body: cut.slice(0, cut.lastIndexOf("data:")) });
  });
  const composer = page.getByRole("textbox", { name: "Message" });
  await composer.fill("Add a task to buy milk");
  await composer.press("Enter");
  const card = page.locator('[data-tool="add_task"]');
  await expect(card).toHaveAttribute("data-state", "pending");
  await expect(card).toHaveText(/^Adding “buy milk”…$/i);

  // The turn did complete on the server: its stored card is done.
  await page.unrouteAll();
  await page.goto(page.url().includes("/c/") ? page.url() : "/");
  await page.getByRole("navigation", { name: "Conversations" }).getByRole("link").first().click();
  await expect(card).toHaveAttribute("data-state", "done");
  await expect(card).toHaveText("Created #1 Buy milk");
});
