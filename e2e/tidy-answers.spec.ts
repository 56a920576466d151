import { expect, test, type Page } from "@playwright/test";
import { api, lastAnswer, saveScreenshot, sendMessage } from "./support/app";
import { signUpViaApi, chooseLanguage } from "./support/session";
import { seriousViolations } from "./support/axe";

/**
 * Tidy answers (issue 13): one list rendering, several changes in one card, no list card
 * on a failed lookup, titles that name the topic, and the local model saying what it is.
 */

const ZONE = "Europe/Paris";
test.use({ timezoneId: ZONE });

const tomorrow = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date(Date.now() + 86_400_000));

test("several adds are one card, live and after reload; lists show chips once; a failed lookup shows no list", async ({
  page,
}) => {
  const user = await signUpViaApi(page);
  await api(page, user, "PATCH", "/api/account", { timezone: ZONE });
  await page.goto("/");

  await sendMessage(page, "add milk, eggs and bread");
  const group = lastAnswer(page).getByRole("region", { name: "Added 3 tasks" });
  // The three adds run at once: which gets which number is up to the database.
  await expect(group.locator('[data-tool="add_task"]')).toHaveText([
    /^Created #\d Milk$/,
    /^Created #\d Eggs$/,
    /^Created #\d Bread$/,
  ]);
  await expect(group.getByRole("button", { name: /^Undo: Created/ })).toHaveCount(3);
  await expect(lastAnswer(page).locator("[data-tool]")).toHaveCount(3);
  await saveScreenshot(page, "grouped-card");
  await page.reload();
  await expect(
    lastAnswer(page)
      .getByRole("region", { name: "Added 3 tasks" })
      .locator('[data-tool="add_task"]'),
  ).toHaveCount(3);

  await api(page, user, "POST", "/api/tasks", {
    title: "Pay rent",
    due_date: tomorrow(),
    due_time: "09:00",
    priority: "high",
    tags: ["home"],
    recurrence: "FREQ=MONTHLY",
  });
  await sendMessage(page, "show my tasks");
  const answer = lastAnswer(page);
  const rent = answer.getByRole("row").filter({ hasText: "Pay rent" });
  await expect(rent).toContainText("Tomorrow 09:00");
  await expect(rent).toContainText("High");
  await expect(rent).toContainText("#home");
  await expect(rent.getByRole("img", { name: "Repeats monthly" })).toBeVisible();
  // The card is the list; the text says how many, not the list again.
  await expect(answer).toContainText("You have 4 tasks.");
  await expect(answer.getByRole("listitem")).toHaveCount(0);
  await expect(answer).not.toContainText("○");

  await sendMessage(page, "complete the gym session");
  const failed = lastAnswer(page);
  await expect(failed).toContainText("couldn't find a task matching");
  await expect(failed.getByRole("table")).toHaveCount(0);
  await expect(failed.locator('[data-tool="list_tasks"]').last()).toContainText(
    "No tasks matching “gym session”",
  );
  expect(await seriousViolations(page)).toEqual([]);
});

test("a greeting never titles a conversation; its first tasks do", async ({ page }) => {
  await signUpViaApi(page);
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Conversations" });
  await sendMessage(page, "hi there");
  await expect(nav.getByRole("link", { name: "New chat" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "hi there" })).toHaveCount(0);

  await sendMessage(page, "add buy groceries and dentist");
  await expect(nav.getByRole("link", { name: "Groceries and dentist" })).toBeVisible();
  await expect(page).toHaveTitle("Groceries and dentist · Taskchat");
  await page.reload();
  await expect(nav.getByRole("link", { name: "Groceries and dentist" })).toBeVisible();
});

test("with the local model, the chat says so and links to using an AI model", async ({ page }) => {
  await signUpViaApi(page);
  await page.goto("/");
  const note = page.locator("[data-local-model]");
  await expect(note).toContainText("Offline local model");
  expect(await seriousViolations(page)).toEqual([]);
  await note.getByRole("link", { name: "Use an AI model" }).click();
  await expect(page).toHaveURL(/\/help\/ai-model$/);
  await expect(page.getByRole("heading", { name: "Using an AI model" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("OPENAI_BASE_URL");
  await expect(page.getByRole("main")).toContainText("Ollama");
  expect(await seriousViolations(page)).toEqual([]);
});

/** Sends a message from the Urdu composer and waits for the turn to end. */
async function sendInUrdu(page: Page, text: string) {
  const composer = page.getByRole("textbox", { name: "پیغام" });
  await composer.fill(text);
  await composer.press("Enter");
  await expect(page.getByRole("button", { name: "روکیں" })).toHaveCount(0);
  await expect(page.locator('article[aria-busy="true"]')).toHaveCount(0);
}

const lastUrduAnswer = (page: Page) => page.getByRole("article", { name: "اسسٹنٹ نے کہا" }).last();

test("in Urdu: the group card's heading, the list's chips, the local-model note and the help page", async ({
  page,
  context,
}) => {
  await chooseLanguage(context, "ur");
  const user = await signUpViaApi(page);
  await api(page, user, "PATCH", "/api/account", { timezone: ZONE });
  await page.goto("/");
  await expect(page.locator("html[dir=rtl][lang=ur]")).toHaveCount(1);

  await sendInUrdu(page, "add milk and eggs");
  await expect(lastUrduAnswer(page).getByRole("region", { name: "2 کام شامل کیے" })).toBeVisible();

  await api(page, user, "POST", "/api/tasks", {
    title: "Pay rent",
    due_date: tomorrow(),
    priority: "high",
  });
  await sendInUrdu(page, "show my tasks");
  const rent = lastUrduAnswer(page).getByRole("row").filter({ hasText: "Pay rent" });
  // Intl's Urdu for tomorrow, and the priority in Urdu.
  await expect(rent).toContainText("آئندہ کل");
  await expect(rent).toContainText("زیادہ");
  await expect(rent).toContainText("باقی");

  const note = page.locator("[data-local-model]");
  await expect(note).toContainText("آف لائن مقامی ماڈل");
  expect(await seriousViolations(page)).toEqual([]);
  await note.getByRole("link", { name: "AI ماڈل استعمال کریں" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "AI ماڈل کا استعمال" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("OPENAI_BASE_URL");
  expect(await seriousViolations(page)).toEqual([]);
});
