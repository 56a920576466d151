import { expect, test, type Page } from "@playwright/test";
import { api, saveScreenshot, sendMessage } from "./support/app";
import { signUpViaApi, chooseLanguage } from "./support/session";
import { seriousViolations } from "./support/axe";

/** The direction the browser resolved for an element (dir=auto follows its first strong letter). */
const directionOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).direction);

test("the interface switches to Urdu from the account menu, right to left, and stays so", async ({
  page,
}) => {
  const user = await signUpViaApi(page, "Ayesha Khan");
  await api(page, user, "POST", "/api/tasks", { title: "Buy milk" });
  await page.goto("/");
  // Playwright's Chromium sends Accept-Language en-US: English until the person picks.
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");

  await page.getByRole("button", { name: "Account: Ayesha Khan" }).click();
  const language = page.getByRole("group", { name: "Language" });
  await expect(language.getByRole("button", { name: "English" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await language.getByRole("button", { name: "اردو" }).click();

  await expect(page.locator("html[dir=rtl][lang=ur]")).toHaveCount(1);
  await expect(
    page.getByRole("heading", { name: "السلام علیکم Ayesha، آج کیا کرنا ہے؟" }),
  ).toBeVisible();
  await expect(page.getByRole("textbox", { name: "پیغام" })).toHaveAttribute(
    "placeholder",
    "Taskchat کو پیغام لکھیں…",
  );
  await expect(page.getByRole("region", { name: "کام" })).toContainText("1 کام");
  await expect(page.getByRole("button", { name: "سب", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  // Right to left: the conversations sit at the right edge, the tasks at the left.
  const nav = await page.getByRole("navigation", { name: "گفتگوئیں" }).boundingBox();
  const tasks = await page.getByRole("region", { name: "کام" }).boundingBox();
  expect(nav!.x).toBeGreaterThan(tasks!.x);
  // The Urdu face is the app's own file, used for Urdu text.
  expect(await page.evaluate(() => document.fonts.check('16px "Taskchat Urdu"', "کام"))).toBe(true);

  const composer = page.getByRole("textbox", { name: "پیغام" });
  await composer.fill("Add a task to call the plumber");
  await composer.press("Enter");
  await expect(page.locator('[data-tool="add_task"]')).toBeVisible();
  await expect(page.locator('article[aria-busy="true"]')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await saveScreenshot(page, "urdu-chat");

  // The choice is a cookie: a new page load (and the settings page) stay in Urdu.
  await page.goto("/settings");
  await expect(page.locator("html[dir=rtl][lang=ur]")).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1, name: "ترتیبات" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await saveScreenshot(page, "urdu-settings");

  await page.getByRole("button", { name: "اکاؤنٹ: Ayesha Khan" }).click();
  await page.getByRole("group", { name: "زبان" }).getByRole("button", { name: "English" }).click();
  await expect(page.locator("html[dir=ltr][lang=en]")).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
});

test("a browser that prefers Urdu gets the Urdu interface without choosing", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "ur-PK" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await expect(page.locator("html[dir=rtl][lang=ur]")).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Taskchat میں سائن اِن کریں" })).toBeVisible();
  await expect(page.getByRole("button", { name: "سائن اِن" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await saveScreenshot(page, "urdu-sign-in");
  await context.close();
});

test("mixed Urdu and English titles read in their own direction in either layout", async ({
  page,
  context,
}) => {
  const user = await signUpViaApi(page);
  const urduFirst = "دودھ خریدنا from Costco";
  const englishFirst = "Call Ali about کرایہ";
  await api(page, user, "POST", "/api/tasks", { title: urduFirst });
  await api(page, user, "POST", "/api/tasks", { title: englishFirst });
  await page.goto("/");
  await sendMessage(page, "دودھ لانا ہے, add it please");

  const tasks = page.getByRole("region", { name: "Tasks" });
  const urduTitle = tasks.getByRole("button", { name: `Edit task #1: ${urduFirst}` });
  const englishTitle = tasks.getByRole("button", { name: `Edit task #2: ${englishFirst}` });
  await expect(urduTitle).toHaveAttribute("dir", "auto");
  await expect(englishTitle).toHaveAttribute("dir", "auto");
  expect(await urduTitle.evaluate((e) => getComputedStyle(e).direction)).toBe("rtl");
  expect(await englishTitle.evaluate((e) => getComputedStyle(e).direction)).toBe("ltr");
  // A message that starts in Urdu reads right to left in the English layout.
  const bubble = page.getByRole("article", { name: "You said" }).locator("[dir=auto]");
  expect(await bubble.evaluate((e) => getComputedStyle(e).direction)).toBe("rtl");

  // The same titles in the Urdu layout keep their own direction.
  await chooseLanguage(context, "ur");
  await page.goto("/");
  await expect(page.locator("html[dir=rtl]")).toHaveCount(1);
  const panel = page.getByRole("region", { name: "کام" });
  expect(await directionOf(page, "html")).toBe("rtl");
  expect(
    await panel
      .getByRole("button", { name: `کام #2 میں ترمیم کریں: ${englishFirst}` })
      .evaluate((e) => getComputedStyle(e).direction),
  ).toBe("ltr");
  expect(
    await panel
      .getByRole("button", { name: `کام #1 میں ترمیم کریں: ${urduFirst}` })
      .evaluate((e) => getComputedStyle(e).direction),
  ).toBe("rtl");
  await saveScreenshot(page, "urdu-mixed-titles");
});

test("on a phone in Urdu the conversations drawer opens from the right", async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUpViaApi(page);
  await chooseLanguage(context, "ur");
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "گفتگوئیں" });
  await expect(nav).toBeHidden();
  await page.getByRole("button", { name: "گفتگوئیں" }).click();
  await expect(nav).toBeInViewport({ ratio: 1 });
  const box = (await nav.boundingBox())!;
  expect(Math.round(box.x + box.width)).toBe(390);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
  );
  expect(overflow).toBe(true);
  await saveScreenshot(page, "urdu-phone-drawer");
});

test("tool cards speak the Urdu interface, whatever language the message was typed in", async ({
  page,
  context,
}) => {
  const user = await signUpViaApi(page);
  await api(page, user, "POST", "/api/tasks", { title: "Pay rent" });
  await context.addCookies([
    { name: "taskchat-locale", value: "ur", url: String(test.info().project.use.baseURL) },
  ]);
  await page.goto("/");
  await expect(page.locator("html[dir=rtl][lang=ur]")).toHaveCount(1);
  const composer = page.getByRole("textbox", { name: "پیغام" });
  const answers = page.getByRole("article", { name: "اسسٹنٹ نے کہا" });
  const say = async (text: string, answered: number) => {
    await composer.fill(text);
    await composer.press("Enter");
    await expect(answers).toHaveCount(answered);
    await expect(page.locator('article[aria-busy="true"]')).toHaveCount(0);
    return answers.last();
  };

  // Three adds typed in Roman Urdu: one group card, its heading and lines in Urdu script.
  const added = await say("doodh, anday aur double roti add kar do", 1);
  const group = added.locator("[data-tool-group]");
  await expect(group).toHaveAttribute("aria-label", "3 کام شامل کیے");
  await expect(group.locator('[data-tool="add_task"]')).toHaveCount(3);
  for (const title of ["Doodh", "Anday", "Double roti"]) {
    await expect(group).toContainText(new RegExp(`شامل کیا: #\\d ${title}`));
  }

  // A completion typed in English: the card is still the interface's language.
  const completed = await say("mark task 1 as done", 2);
  await expect(completed.locator('[data-tool="complete_task"]')).toHaveText(
    "مکمل کیا: #1 Pay rent",
  );
  await expect(
    completed.getByRole("button", { name: "واپس لیں: مکمل کیا: #1 Pay rent" }),
  ).toBeVisible();

  // A list in Roman Urdu: the answer counts (decision 019), the card's rows are the list.
  const listed = await say("mere kaam dikhao", 3);
  await expect(listed).toContainText("Aap ke 4 kaam hain: 3 pending, 1 mukammal.");
  await expect(listed).not.toContainText("○");
  const table = listed.getByRole("table", { name: "4 کام" });
  await expect(table.getByRole("row")).toHaveCount(5);
  await expect(table).toContainText("Double roti");
  expect(await seriousViolations(page)).toEqual([]);
  await saveScreenshot(page, "urdu-tool-cards");
});
