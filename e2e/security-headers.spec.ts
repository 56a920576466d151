import { expect, test } from "@playwright/test";

/**
 * The Content-Security-Policy in a real browser: strict enough to refuse framing and
 * foreign scripts, loose enough for Next's own inline bootstrap to run.
 */
test("the app runs under its CSP without a single violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  const response = await page.goto("/");
  expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  // Next's inline flight-data scripts ran: the page is React's, not just HTML.
  await expect
    .poll(() => page.evaluate(() => Array.isArray((window as { __next_f?: unknown }).__next_f)))
    .toBe(true);
  expect(violations).toEqual([]);
});

test("refuses a script from another origin", async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const marker = window as { __violations?: string[] };
      (marker.__violations ??= []).push(event.violatedDirective);
    });
  });
  await page.goto("/");
  const outcome = await page.evaluate(
    () =>
      new Promise<{ loaded: boolean; violations: string[] }>((resolve) => {
        const script = document.createElement("script");
        script.src = "https://cdn.example.invalid/evil.js";
        const done = (loaded: boolean) => () =>
          resolve({
            loaded,
            violations: (window as { __violations?: string[] }).__violations ?? [],
          });
        script.onload = done(true);
        script.onerror = done(false);
        document.body.append(script);
      }),
  );
  expect(outcome.loaded).toBe(false);
  expect(outcome.violations.some((v) => v.startsWith("script-src"))).toBe(true);
});

test("cannot be framed by another page", async ({ page, baseURL }) => {
  // setContent waits for the frame's load (or its refusal) before returning.
  await page.setContent(`<iframe id="app" src="${baseURL}/" width="400" height="200"></iframe>`, {
    waitUntil: "load",
  });
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(frame).toBeDefined();
  expect(await frame!.evaluate(() => document.body?.innerText ?? "").catch(() => "")).not.toContain(
    "Taskchat",
  );
});
