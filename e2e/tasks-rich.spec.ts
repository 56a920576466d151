import { expect, test, type Page } from "@playwright/test";
import { api, lastAnswer, saveScreenshot, sendMessage } from "./support/app";
import { signUpViaApi, type E2EUser } from "./support/session";
import { unsetRichFields } from "../test/support/task-json";
import { seriousViolations } from "./support/axe";

/**
 * The rich task panel (issue 12): views, the edit form, Undo on tool cards, the time zone.
 * The first group needs only the UI; the second needs the rich task API
 * (CONTRACT.md "Rich tasks": the fields, filters, restore and GET/PATCH /api/account).
 */

const ZONE = "Europe/Paris";
test.use({ timezoneId: ZONE });

/** A GET /api/tasks the panel sends, with its query. */
const listRequest = (page: Page, match: (query: URLSearchParams) => boolean) =>
  page.waitForRequest((request) => {
    const url = new URL(request.url());
    return request.method() === "GET" && url.pathname === "/api/tasks" && match(url.searchParams);
  });

const panel = (page: Page) => page.getByRole("region", { name: "Tasks" });

test.describe("the panel's views and form", () => {
  test("views, search, tag and order read the REST filters", async ({ page }) => {
    await signUpViaApi(page);
    await page.goto("/");
    const tasks = panel(page);
    const all = tasks.getByRole("button", { name: "All", exact: true });
    await expect(all).toHaveAttribute("aria-pressed", "true");

    for (const [label, expected] of [
      ["Today", { status: "pending", due: "today", sort: "due" }],
      ["Upcoming", { status: "pending", due: "upcoming", sort: "due" }],
      ["Completed", { status: "completed" }],
      ["Pending", { status: "pending" }],
    ] as const) {
      const sent = listRequest(page, (q) =>
        Object.entries(expected).every(([key, value]) => q.get(key) === value),
      );
      await tasks.getByRole("button", { name: label, exact: true }).click();
      await sent;
      await expect(tasks.getByRole("button", { name: label, exact: true })).toHaveAttribute(
        "aria-pressed",
        "true",
      );
    }

    const searched = listRequest(page, (q) => q.get("q") === "milk");
    await tasks.getByRole("searchbox", { name: "Search tasks" }).fill("milk");
    await searched;
    const sorted = listRequest(page, (q) => q.get("sort") === "priority" && q.get("q") === "milk");
    await tasks.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Priority" });
    await sorted;
  });

  test("a task opens its edit form by click and by keyboard; the form passes axe", async ({
    page,
  }) => {
    const user = await signUpViaApi(page);
    await api(page, user, "POST", "/api/tasks", { title: "Water the plants" });
    await page.goto("/");
    const tasks = panel(page);
    const title = tasks.getByRole("button", { name: "Edit task #1: Water the plants" });

    await title.click();
    const dialog = page.getByRole("dialog", { name: "Edit task #1" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("textbox", { name: "Title" })).toHaveValue("Water the plants");
    await expect(dialog.getByRole("textbox", { name: "Title" })).toBeFocused();
    for (const name of ["Date", "Time", "Reminder"]) {
      await expect(dialog.getByLabel(name, { exact: true })).toBeVisible();
    }
    await expect(dialog.getByRole("combobox", { name: "Priority" })).toBeVisible();
    await expect(dialog.getByRole("combobox", { name: "Repeat" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();

    await title.focus();
    await page.keyboard.press("Enter");
    await expect(dialog).toBeVisible();
    // A time without a date is refused in the form, before any request.
    await dialog.getByLabel("Time", { exact: true }).fill("09:30");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog.getByRole("alert")).toContainText("A time needs a date");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
  });

  test("rows show the due chip, overdue in the error colour, flag, tags and repeat; axe in light, dark and on a phone", async ({
    page,
  }) => {
    await signUpViaApi(page);
    const { today, tomorrow } = dates();
    const yesterday = shiftDay(today, -1);
    const row = (id: number, title: string, fields: object) => ({
      id,
      title,
      description: null,
      completed: false,
      created_at: "2026-01-01T00:00:00.000Z",
      updated_at: "2026-01-01T00:00:00.000Z",
      ...unsetRichFields(),
      completed_at: null,
      ...fields,
    });
    // The rich list as the contract's API answers it, served to the panel's view reads.
    const served = [
      row(1, "Send the invoice", { due_date: yesterday, priority: "high", tags: ["work"] }),
      row(2, "Call mom about dinner", {
        due_date: today,
        due_time: "23:59",
        tags: ["family"],
        recurrence: "FREQ=WEEKLY",
        remind_at: "2030-01-01T08:00:00Z",
      }),
      row(3, "Water the plants", { due_date: tomorrow, priority: "medium" }),
    ];
    await page.route(
      (url) => url.pathname === "/api/tasks",
      (route) =>
        route.request().method() === "GET"
          ? route.fulfill({ json: { tasks: served, next_cursor: null } })
          : route.continue(),
    );
    await page.goto("/");
    const tasks = panel(page);
    await tasks.getByRole("button", { name: "Today", exact: true }).click();
    await expect(tasks.getByRole("heading", { name: "Overdue" })).toBeVisible();
    const overdue = tasks.getByRole("listitem").filter({ hasText: "Send the invoice" });
    await expect(overdue).toContainText("Overdue: Yesterday");
    await expect(overdue).toContainText("High");
    await expect(overdue).toContainText("#work");
    const call = tasks.getByRole("listitem").filter({ hasText: "Call mom" });
    await expect(call).toContainText("Today 23:59");
    await expect(call.getByRole("img", { name: "Repeats weekly" })).toBeVisible();
    await expect(call.getByRole("img", { name: "Has a reminder" })).toBeVisible();
    // One line for a title that fits: the row's actions take no width from it.
    const title = call.getByRole("button", { name: /^Edit task #2/ });
    expect((await title.boundingBox())!.height).toBeLessThan(26);
    // The tag filter offers the tags it has seen.
    await expect(tasks.getByRole("combobox", { name: "Tag" }).getByRole("option")).toHaveText([
      "All tags",
      "#family",
      "#work",
    ]);

    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `tasks-today-${scheme}`);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("button", { name: /^Tasks/ }).click();
    await tasks.getByRole("button", { name: "Upcoming", exact: true }).click();
    await expect(tasks.getByRole("heading", { name: "Tomorrow" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, "tasks-phone");
  });

  test("a list read that started before an edit finished does not undo the edit", async ({
    page,
  }) => {
    const user = await signUpViaApi(page);
    await api(page, user, "POST", "/api/tasks", { title: "Old title" });
    await page.goto("/");
    const tasks = panel(page);
    await expect(tasks.getByText("Old title")).toBeVisible();

    // The next list read is answered by the server at once (before the edit) but delivered
    // only after the edit's PATCH has answered: a stale list arriving late.
    let release!: () => void;
    const patched = new Promise<void>((resolve) => (release = resolve));
    let held = false;
    let staleDelivered!: () => void;
    const delivered = new Promise<void>((resolve) => (staleDelivered = resolve));
    await page.route(
      (url) => url.pathname === "/api/tasks",
      async (route) => {
        if (route.request().method() !== "GET") return route.continue();
        // Later reads (the one after the edit) come slowly, so a stale list would show meanwhile.
        if (held) {
          await new Promise((resolve) => setTimeout(resolve, 1500));
          return route.continue();
        }
        held = true;
        const response = await route.fetch();
        const body = await response.text();
        await patched;
        await route.fulfill({ response, body });
        staleDelivered();
      },
    );
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (response.request().method() === "PATCH" && url.pathname === "/api/tasks/1") release();
    });

    await tasks.getByRole("button", { name: "Pending", exact: true }).click();
    await tasks.getByRole("button", { name: "Rename task #1" }).click();
    const field = tasks.getByRole("textbox", { name: "Title of task #1" });
    await field.fill("New title");
    await field.press("Enter");
    await delivered;
    // Time for the stale answer to render if it were going to, before any later read lands.
    await page.waitForTimeout(300);
    expect(await tasks.getByText("Old title").count()).toBe(0);
    await expect(tasks.getByText("New title")).toBeVisible();
    await expect(tasks.getByText("Old title")).toHaveCount(0);
  });
});

const shiftDay = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Today and tomorrow as calendar dates in the test's zone. */
function dates() {
  const day = (offset: number) =>
    new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(
      new Date(Date.now() + offset * 86_400_000),
    );
  return { today: day(0), tomorrow: day(1) };
}

async function richUser(page: Page): Promise<E2EUser> {
  const user = await signUpViaApi(page);
  await api(page, user, "PATCH", "/api/account", { timezone: ZONE });
  return user;
}

// These need the rich task API (fields, filters, restore, /api/account).
test.describe("rich tasks end to end", () => {
  test("a first visit sets the account's zone from the browser; settings change it", async ({
    page,
  }) => {
    const user = await signUpViaApi(page);
    await page.goto("/");
    await expect
      .poll(async () => (await api(page, user, "GET", "/api/account")).timezone)
      .toBe(ZONE);

    await page.goto("/settings");
    const select = page.getByRole("combobox", { name: "Time zone" });
    await expect(select).toHaveValue(ZONE);
    await select.selectOption("America/Los_Angeles");
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    expect((await api(page, user, "GET", "/api/account")).timezone).toBe("America/Los_Angeles");
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("a task added in chat shows under Upcoming with its chip, flag and tag; reschedule by chat", async ({
    page,
  }) => {
    await richUser(page);
    await page.goto("/");
    await sendMessage(page, "call mom tomorrow at 5pm, high priority #family");
    const card = lastAnswer(page).locator('[data-tool="add_task"]');
    await expect(card).toHaveText("Created #1 Call mom · Tomorrow 17:00 · High · #family");

    const tasks = panel(page);
    await tasks.getByRole("button", { name: "Upcoming", exact: true }).click();
    await expect(tasks.getByRole("heading", { name: "Tomorrow" })).toBeVisible();
    const row = tasks.getByRole("listitem").filter({ hasText: "Call mom" });
    await expect(row).toContainText("Tomorrow 17:00");
    await expect(row).toContainText("High");
    await expect(row).toContainText("#family");

    await sendMessage(page, "the call with mom should be at 6pm not 5");
    await expect(row).toContainText("Tomorrow 18:00");
    await expect(row.getByRole("button", { name: /Edit task #1: Call mom/ })).toBeVisible();

    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `tasks-upcoming-${scheme}`);
    }
  });

  test("Undo on a card reverses an add, a completion and a delete", async ({ page }) => {
    const user = await richUser(page);
    await page.goto("/");
    const tasks = panel(page);

    await sendMessage(page, "Add a task to buy eggs");
    await expect(tasks.getByText("Buy eggs")).toBeVisible();
    await lastAnswer(page).getByRole("button", { name: "Undo: Created #1 Buy eggs" }).click();
    await expect(lastAnswer(page).getByRole("status").filter({ hasText: "Undone" })).toBeVisible();
    await expect(tasks.getByText("Buy eggs")).toHaveCount(0);

    await api(page, user, "POST", "/api/tasks", { title: "Pay rent" });
    await sendMessage(page, "complete task 2");
    await lastAnswer(page)
      .getByRole("button", { name: /^Undo: Completed #2/ })
      .click();
    await expect
      .poll(async () => (await api(page, user, "GET", "/api/tasks/2")).completed)
      .toBe(false);

    await sendMessage(page, "delete task 2");
    await expect(tasks.getByText("Pay rent")).toHaveCount(0);
    await lastAnswer(page)
      .getByRole("button", { name: /^Undo: Deleted #2/ })
      .click();
    await expect(tasks.getByText("Pay rent")).toBeVisible();
    expect((await api(page, user, "GET", "/api/tasks/2")).title).toBe("Pay rent");
  });

  test("Undo on a reschedule card puts the old date and time back", async ({ page }) => {
    const user = await richUser(page);
    await page.goto("/");
    const tasks = panel(page);
    await sendMessage(page, "call mom tomorrow at 5pm");
    await expect(lastAnswer(page).locator('[data-tool="add_task"]')).toContainText(
      "Tomorrow 17:00",
    );
    await sendMessage(page, "the call with mom should be at 6pm not 5");
    // The answer says the new values in words, the card shows them.
    await expect(lastAnswer(page)).toContainText('Moved #1 "Call mom" to tomorrow 18:00.');
    await expect(lastAnswer(page).locator('[data-tool="update_task"]')).toContainText(
      "Moved #1 Call mom · Tomorrow 18:00",
    );
    const row = tasks.getByRole("listitem").filter({ hasText: "Call mom" });
    await expect(row).toContainText("Tomorrow 18:00");

    await lastAnswer(page).getByRole("button", { name: "Undo: Moved #1 Call mom" }).click();
    await expect(lastAnswer(page).getByRole("status").filter({ hasText: "Undone" })).toBeVisible();
    await expect
      .poll(async () => (await api(page, user, "GET", "/api/tasks/1")).due_time)
      .toBe("17:00");
    const task = await api(page, user, "GET", "/api/tasks/1");
    expect(task).toMatchObject({ title: "Call mom", due_date: dates().tomorrow });
    await expect(row).toContainText("Tomorrow 17:00");
  });

  test("a date set in the edit form is what the chat answers for tomorrow", async ({ page }) => {
    const user = await richUser(page);
    await api(page, user, "POST", "/api/tasks", { title: "Renew passport" });
    await page.goto("/");
    const tasks = panel(page);
    await tasks.getByRole("button", { name: "Edit task #1: Renew passport" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit task #1" });
    await dialog.getByLabel("Date", { exact: true }).fill(dates().tomorrow);
    await dialog.getByLabel("Time", { exact: true }).fill("09:30");
    await dialog.getByRole("combobox", { name: "Priority" }).selectOption("medium");
    await dialog.getByRole("combobox", { name: "Repeat" }).selectOption("weekly");
    await dialog.getByRole("textbox", { name: "Tags" }).fill("#Admin, travel");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    await expect
      .poll(async () => api(page, user, "GET", "/api/tasks/1"))
      .toMatchObject({
        due_date: dates().tomorrow,
        due_time: "09:30",
        priority: "medium",
        tags: ["admin", "travel"],
        recurrence: "FREQ=WEEKLY",
      });
    const row = tasks.getByRole("listitem").filter({ hasText: "Renew passport" });
    await expect(row).toContainText("Tomorrow 09:30");
    await expect(row.getByRole("img", { name: "Repeats weekly" })).toBeVisible();

    await sendMessage(page, "what's due tomorrow?");
    await expect(lastAnswer(page)).toContainText("Renew passport");

    // Clearing the date in the form sends null.
    await tasks.getByRole("button", { name: "Edit task #1: Renew passport" }).click();
    await dialog.getByLabel("Date", { exact: true }).fill("");
    await dialog.getByLabel("Time", { exact: true }).fill("");
    await dialog.getByRole("combobox", { name: "Repeat" }).selectOption("");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(async () => (await api(page, user, "GET", "/api/tasks/1")).due_date)
      .toBeNull();
  });

  test("Today shows overdue in the error colour; the phone layout keeps titles on one line", async ({
    page,
  }) => {
    const user = await richUser(page);
    const { today } = dates();
    const yesterday = shiftDay(today, -1);
    await api(page, user, "POST", "/api/tasks", { title: "Send invoice", due_date: yesterday });
    await api(page, user, "POST", "/api/tasks", { title: "Buy milk", due_date: today });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    await page.getByRole("button", { name: /^Tasks/ }).click();
    const tasks = panel(page);
    await tasks.getByRole("button", { name: "Today", exact: true }).click();
    await expect(tasks.getByRole("heading", { name: "Overdue" })).toBeVisible();
    const overdue = tasks.getByRole("listitem").filter({ hasText: "Send invoice" });
    await expect(overdue).toContainText("Overdue: Yesterday");
    const title = tasks.getByRole("button", { name: "Edit task #2: Buy milk" });
    const box = await title.boundingBox();
    expect(box!.height).toBeLessThan(26); // one line of 20px
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, "tasks-today-phone");
  });
});
