import { expect, test, type Page } from "@playwright/test";
import { lastAnswer, listTasks, sendMessage, waitForAnswer } from "./support/app";
import { signUpViaApi, chooseLanguage } from "./support/session";

/**
 * A stand-in for the browser's speech recognition, driven by the test: `__speech.hear(text,
 * final)` delivers words, `__speech.end()` is the person falling silent, and a refused
 * microphone answers `start()` with the "not-allowed" error, as Chromium does.
 */
function installFakeRecognition(options: { refuse?: boolean } = {}) {
  type Handler<E> = ((event: E) => void) | null;
  class FakeRecognition {
    lang = "";
    continuous = true;
    interimResults = false;
    onresult: Handler<unknown> = null;
    onerror: Handler<{ error: string }> = null;
    onend: Handler<void> = null;
    start() {
      const speech = (window as unknown as { __speech: Record<string, unknown> }).__speech;
      speech.lang = this.lang;
      speech.started = Number(speech.started ?? 0) + 1;
      speech.current = this;
      if (options.refuse) {
        setTimeout(() => {
          this.onerror?.({ error: "not-allowed" });
          this.onend?.();
        }, 0);
      }
    }
    stop() {
      setTimeout(() => this.onend?.(), 0);
    }
    abort() {
      setTimeout(() => this.onend?.(), 0);
    }
  }
  const results = (text: string, final: boolean) => {
    const alternative = { transcript: text };
    const result = Object.assign([alternative], { isFinal: final });
    return { resultIndex: 0, results: [result] };
  };
  (window as unknown as Record<string, unknown>).__speech = {
    hear(text: string, final: boolean) {
      (this as { current: FakeRecognition }).current.onresult?.(results(text, final));
    },
    end() {
      (this as { current: FakeRecognition }).current.onend?.();
    },
  };
  Object.assign(window, { webkitSpeechRecognition: FakeRecognition });
  delete (window as unknown as Record<string, unknown>).SpeechRecognition;
}

const speech = (page: Page, call: string) => page.evaluate(`window.__speech.${call}`);

test("the microphone shows the words as heard and sends them when the person stops", async ({
  page,
}) => {
  await page.addInitScript(installFakeRecognition, {});
  const user = await signUpViaApi(page);
  await page.goto("/");
  const composer = page.getByRole("textbox", { name: "Message" });
  const mic = page.getByRole("button", { name: "Dictate" });
  await mic.click();
  const stop = page.getByRole("button", { name: "Stop dictating" });
  await expect(stop).toHaveAttribute("aria-pressed", "true");
  expect(await speech(page, "lang")).toBe("en-US");

  await speech(page, 'hear("add a task to", false)');
  await expect(composer).toHaveValue("add a task to");
  await speech(page, 'hear("add a task to buy stamps", true)');
  await expect(composer).toHaveValue("add a task to buy stamps");
  await speech(page, "end()");

  await expect(page.getByRole("article", { name: "You said" })).toHaveText(
    /add a task to buy stamps/,
  );
  await waitForAnswer(page);
  await expect(composer).toHaveValue("");
  await expect(page.getByRole("button", { name: "Dictate" })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  expect((await listTasks(page, user)).map((t) => t.title)).toEqual(["Buy stamps"]);
});

test("pressing the microphone again stops and keeps the words to edit, unsent", async ({
  page,
}) => {
  await page.addInitScript(installFakeRecognition, {});
  await signUpViaApi(page);
  await page.goto("/");
  const composer = page.getByRole("textbox", { name: "Message" });
  await composer.fill("Remind me:");
  await page.getByRole("button", { name: "Dictate" }).click();
  await speech(page, 'hear("call the plumber", false)');
  await expect(composer).toHaveValue("Remind me: call the plumber");
  await page.getByRole("button", { name: "Stop dictating" }).click();

  await expect(page.getByRole("button", { name: "Dictate" })).toBeVisible();
  await expect(composer).toHaveValue("Remind me: call the plumber");
  await expect(composer).toBeFocused();
  await expect(page.getByRole("article", { name: "You said" })).toHaveCount(0);
});

test("dictation listens in Urdu when the interface is Urdu", async ({ page, context }) => {
  await page.addInitScript(installFakeRecognition, {});
  await signUpViaApi(page);
  await chooseLanguage(context, "ur");
  await page.goto("/");
  await page.getByRole("button", { name: "بول کر لکھوائیں" }).click();
  expect(await speech(page, "lang")).toBe("ur-PK");
  await speech(page, 'hear("دودھ خریدنا", false)');
  await expect(page.getByRole("textbox", { name: "پیغام" })).toHaveValue("دودھ خریدنا");
});

test("a refused microphone is explained", async ({ page }) => {
  await page.addInitScript(installFakeRecognition, { refuse: true });
  await signUpViaApi(page);
  await page.goto("/");
  await page.getByRole("button", { name: "Dictate" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(
    "Microphone access is blocked. Allow the microphone for this site in your browser's settings to dictate.",
  );
  await expect(page.getByRole("button", { name: "Dictate" })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await expect(page.getByRole("article", { name: "You said" })).toHaveCount(0);
});

test("without speech recognition in the browser there is no microphone button", async ({
  page,
}) => {
  await page.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>).SpeechRecognition;
    delete (window as unknown as Record<string, unknown>).webkitSpeechRecognition;
  });
  await signUpViaApi(page);
  await page.goto("/");
  // The page is interactive (hydrated) before the absence is checked.
  await page.getByRole("textbox", { name: "Message" }).fill("hello");
  await expect(page.getByRole("button", { name: "Send" })).toBeEnabled();
  await expect(page.getByRole("button", { name: /Dictate/ })).toHaveCount(0);
});

test("Read answers aloud speaks new answers in the interface language and is remembered", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    Object.assign(window, { __spoken: spoken });
    Object.defineProperty(window, "speechSynthesis", {
      configurable: true,
      value: {
        speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }),
        cancel: () => {},
        getVoices: () => [],
      },
    });
  });
  await signUpViaApi(page, "Sam Lee");
  await page.goto("/");
  await sendMessage(page, "Add a task to water the plants");
  expect(await page.evaluate("window.__spoken.length")).toBe(0);

  await page.getByRole("button", { name: "Account: Sam Lee" }).click();
  const toggle = page.getByRole("switch", { name: "Read answers aloud" });
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("Escape");

  await sendMessage(page, "what's pending?");
  const answer = (await lastAnswer(page).locator("[dir=auto]").first().innerText()).trim();
  const spoken = (await page.evaluate("window.__spoken")) as { text: string; lang: string }[];
  expect(spoken).toHaveLength(1);
  expect(spoken[0]!.lang).toBe("en-US");
  expect(spoken[0]!.text).toContain(
    answer
      .split("\n")[0]!
      .replace(/[*_`#]/g, "")
      .trim(),
  );

  await page.reload();
  await page.getByRole("button", { name: "Account: Sam Lee" }).click();
  await expect(page.getByRole("switch", { name: "Read answers aloud" })).toHaveAttribute(
    "aria-checked",
    "true",
  );
});
