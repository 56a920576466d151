import { expect, test, type Page } from "@playwright/test";
import { api } from "./support/app";
import { signUpViaApi, type E2EUser, chooseLanguage } from "./support/session";
import { seriousViolations } from "./support/axe";

/**
 * Reminders in the browser (issue 15): the in-app toast and the bell's list, the service
 * worker that shows pushed reminders, and the settings for push and the calendar feed.
 * The server runs the reminder ticker every second (playwright.config.ts).
 */

test.use({ permissions: ["notifications"] });

const baseURL = () => String(test.info().project.use.baseURL);

interface TaskJson {
  id: number;
  title: string;
  completed: boolean;
  remind_at: string | null;
}

const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

/** A reminder's toast: an alert naming the task, in the reminders region (named in the page's language). */
const toastFor = (page: Page, title: string, region = "Reminders") =>
  page.getByRole("region", { name: region }).getByRole("alert").filter({ hasText: title });

// The app asks for new reminders every 15 s while visible: a toast can take that long.
const TOAST_TIMEOUT = { timeout: 30_000 };

/** Adds a task that reminds in a few seconds and waits for its toast. */
async function remindSoon(page: Page, user: E2EUser, title: string, region?: string) {
  const remindAt = inSeconds(2);
  await api(page, user, "POST", "/api/tasks", { title, remind_at: remindAt });
  const toast = toastFor(page, title, region);
  await expect(toast).toBeVisible(TOAST_TIMEOUT);
  return { toast, remindAt };
}

/** A new account's settings, and their push switch: off, as on every new device. */
async function openPushSettings(page: Page) {
  await signUpViaApi(page);
  await page.goto("/settings");
  const push = page.getByRole("region", { name: "Push notifications" });
  const toggle = push.getByRole("switch", { name: "Push notifications on this device" });
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  return { push, toggle };
}

test("a reminder due in a few seconds shows a toast; Snooze 10 min moves it", async ({ page }) => {
  const user = await signUpViaApi(page);
  await page.goto("/");
  const { toast, remindAt } = await remindSoon(page, user, "Stretch");
  await expect(page.getByRole("button", { name: "Reminders, 1 unread" })).toBeVisible();
  // It does not take the focus from what the person was typing.
  await expect(page.getByRole("textbox", { name: "Message" })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);

  await toast.getByRole("button", { name: "Snooze 10 min" }).click();
  await expect(toast).toContainText("Snoozed until");
  const snoozed = await api<TaskJson>(page, user, "GET", "/api/tasks/1");
  // Ten minutes from the click, which came after the reminder fell due.
  expect(Date.parse(snoozed.remind_at!)).toBeGreaterThanOrEqual(Date.parse(remindAt) + 10 * 60_000);
  expect(snoozed.completed).toBe(false);
  // Acting on it read it.
  await expect(page.getByRole("button", { name: "Reminders", exact: true })).toBeVisible();
});

test("Done on a reminder's toast completes the task", async ({ page }) => {
  const user = await signUpViaApi(page);
  await page.goto("/");
  const { toast } = await remindSoon(page, user, "Water the plants");
  await toast.getByRole("button", { name: "Done" }).click();
  await expect(toast).toContainText("The task is completed.");
  const task = await api<TaskJson>(page, user, "GET", "/api/tasks/1");
  expect(task.completed).toBe(true);
  await expect(
    page.getByRole("checkbox", { name: "#1 Water the plants: completed" }),
  ).toBeChecked();
});

test("the bell lists reminders, marks them read when opened, and passes axe", async ({ page }) => {
  const user = await signUpViaApi(page);
  await page.goto("/");
  await remindSoon(page, user, "Call mom");
  // Toasted once per browser: after a reload it waits, unread, in the list.
  await page.reload();
  await expect(page.getByRole("button", { name: "Reminders, 1 unread" })).toBeVisible();
  await expect(toastFor(page, "Call mom")).toHaveCount(0);

  const bell = page.getByRole("button", { name: "Reminders, 1 unread" });
  const read = page.waitForRequest(
    (r) => r.method() === "POST" && /\/api\/notifications\/[^/]+\/read$/.test(r.url()),
  );
  await bell.click();
  await read;
  const list = page.locator("#reminder-list");
  await expect(list.getByRole("heading", { name: "Reminders" })).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByRole("listitem")).toContainText("Call mom");
  await expect(list.getByRole("listitem")).toContainText("Task #1");
  expect(await seriousViolations(page)).toEqual([]);

  const stored = await api<{ notifications: { title: string; read_at: string | null }[] }>(
    page,
    user,
    "GET",
    "/api/notifications",
  );
  expect(stored.notifications).toEqual([
    expect.objectContaining({ title: "Call mom", read_at: expect.any(String) }),
  ]);

  await page.keyboard.press("Escape");
  await expect(list).toBeHidden();
  await expect(page.getByRole("button", { name: "Reminders", exact: true })).toBeFocused();
});

test("nothing registers a service worker or asks permission until push is switched on", async ({
  page,
}) => {
  await signUpViaApi(page);
  for (const path of ["/", "/settings"]) {
    await page.goto(path);
    await expect(page.getByRole("main")).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toEqual([]);
  }
});

test("switching push on registers the worker and subscribes, or says why it could not", async ({
  page,
}) => {
  const { push, toggle } = await openPushSettings(page);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toEqual([]);

  const saved = page
    .waitForResponse((r) => r.url().endsWith("/api/push/subscriptions"), { timeout: 20_000 })
    .catch(() => undefined);
  await toggle.click();
  // Switched on, the worker is registered; subscribing needs the browser's push service,
  // which a machine without internet access cannot reach.
  await expect
    .poll(() =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
    )
    .toBe(1);
  await expect(push.getByText(/Push notifications are on|couldn't subscribe/)).toBeVisible({
    timeout: 20_000,
  });
  if ((await toggle.getAttribute("aria-checked")) === "true") {
    expect((await saved)?.status()).toBe(201);
  } else {
    await expect(push.getByRole("alert")).toHaveText(
      "This browser couldn't subscribe to push notifications (its push service is unreachable).",
    );
  }
});

test("the service worker shows a pushed reminder, and its link opens the task", async ({
  page,
}) => {
  const user = await signUpViaApi(page);
  await api(page, user, "POST", "/api/tasks", { title: "Stretch" });
  await page.goto("/settings");

  // The push service's side of Web Push needs the network; Chromium's DevTools protocol
  // hands the worker a push message instead, as the push service would.
  const cdp = await page.context().newCDPSession(page);
  const registration = new Promise<string>((resolve) =>
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const ours = registrations.find((r) => r.scopeURL === `${baseURL()}/` && !r.isDeleted);
      if (ours) resolve(ours.registrationId);
    }),
  );
  await cdp.send("ServiceWorker.enable");
  // `ready` resolves while the worker may still be activating; a push handed over then can be
  // dropped, so wait until it is activated.
  await page.evaluate(async () => {
    await navigator.serviceWorker.register("/sw.js");
    const worker = (await navigator.serviceWorker.ready).active!;
    if (worker.state !== "activated") {
      await new Promise<void>((resolve) =>
        worker.addEventListener("statechange", () => {
          if (worker.state === "activated") resolve();
        }),
      );
    }
  });
  const payload = { title: "Stretch", body: "Reminder · task #1", url: "/?task=1" };
  const registrationId = await registration;

  // Delivered again on each poll until it shows (a busy machine can lose the first hand-over):
  // the worker tags a notification by its link, so a repeat replaces it and one stays.
  await expect
    .poll(
      async () => {
        await cdp.send("ServiceWorker.deliverPushMessage", {
          origin: baseURL(),
          registrationId,
          data: JSON.stringify(payload),
        });
        return page.evaluate(async () => {
          const ready = await navigator.serviceWorker.ready;
          await new Promise((resolve) => setTimeout(resolve, 250));
          return (await ready.getNotifications()).map((n) => ({
            title: n.title,
            body: n.body,
            url: (n.data as { url?: string } | null)?.url,
          }));
        });
      },
      { timeout: 20_000 },
    )
    .toEqual([{ title: "Stretch", body: "Reminder · task #1", url: `${baseURL()}/?task=1` }]);

  // What a click on it opens: the app, with the task's form.
  await page.goto(payload.url);
  await expect(page.getByRole("dialog", { name: "Edit task #1" })).toBeVisible();
  await expect(page).toHaveURL(`${baseURL()}/`);
});

test("settings show the push switch and the calendar feed, which can be copied and rotated", async ({
  page,
  context,
}) => {
  await openPushSettings(page);

  const feed = page.getByRole("region", { name: "Calendar feed" });
  const url = feed.getByRole("textbox", { name: "Calendar feed URL" });
  await expect(url).toHaveValue(/^https?:\/\/.+/);
  const first = await url.inputValue();
  const ics = await page.request.get(first);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  for (const app of ["Google Calendar", "Apple Calendar", "Outlook"]) {
    await expect(feed).toContainText(app);
  }

  await context.grantPermissions(["notifications", "clipboard-read", "clipboard-write"]);
  await feed.getByRole("button", { name: "Copy link" }).click();
  await expect(feed.getByText("Copied to the clipboard.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);

  expect(await seriousViolations(page)).toEqual([]);

  await feed.getByRole("button", { name: "Make a new link" }).click();
  const dialog = page.getByRole("dialog", { name: "Make a new calendar link?" });
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole("button", { name: "Make a new link" }).click();
  await expect(dialog).toBeHidden();
  await expect(url).not.toHaveValue(first);
  const second = await url.inputValue();
  expect((await page.request.get(first)).status()).toBe(404);
  expect((await page.request.get(second)).status()).toBe(200);
});

test("in Urdu the settings page has the bell, its toast and both sections in Urdu, right to left", async ({
  page,
  context,
}) => {
  await chooseLanguage(context, "ur");
  const user = await signUpViaApi(page);
  await page.goto("/settings");
  await expect(page.locator("html[dir=rtl][lang=ur]")).toHaveCount(1);
  await expect(page.getByRole("region", { name: "پُش نوٹیفکیشن" })).toBeVisible();
  await expect(page.getByRole("switch", { name: "اس ڈیوائس پر پُش نوٹیفکیشن" })).toHaveAttribute(
    "aria-checked",
    "false",
  );
  const feed = page.getByRole("region", { name: "کیلنڈر فیڈ" });
  await expect(feed.getByRole("textbox", { name: "کیلنڈر فیڈ کا URL" })).toHaveValue(/^https?:/);
  await expect(feed.getByRole("button", { name: "لنک کاپی کریں" })).toBeVisible();

  const title = "دودھ خریدنا from Costco";
  const { toast } = await remindSoon(page, user, title, "یاد دہانیاں");
  await expect(toast).toContainText("یاد دہانی");
  // The title reads in its own direction (it starts in Urdu).
  expect(await toast.locator("[dir=auto]").evaluate((e) => getComputedStyle(e).direction)).toBe(
    "rtl",
  );
  await expect(page.getByRole("button", { name: "یاد دہانیاں، 1 نئی" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await toast.getByRole("button", { name: "ہو گیا" }).click();
  await expect(toast).toContainText("کام مکمل ہو گیا ہے۔");
  expect((await api<TaskJson>(page, user, "GET", "/api/tasks/1")).completed).toBe(true);
  await page.getByRole("button", { name: "یاد دہانیاں", exact: true }).click();
  const list = page.locator("#reminder-list");
  await expect(list.getByRole("heading", { name: "یاد دہانیاں" })).toBeVisible();
  await expect(list.getByRole("listitem")).toContainText("کام #1");
});
