import { expect, test } from "@playwright/test";
import { saveScreenshot } from "./support/app";
import { signUpViaApi } from "./support/session";

for (const width of [390, 360]) {
  test(`settings fit a ${width} px phone, with the app's header and Revoke in view`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    const user = await signUpViaApi(page, "Fatima Noor");
    await page.goto("/settings");
    const keyName = page.getByLabel("Key name");
    await keyName.fill("Claude Desktop on my work laptop");
    await page.getByRole("button", { name: "Create key" }).click();
    await page.getByRole("button", { name: "I have saved it" }).click();

    const header = page.getByRole("banner");
    await expect(header.getByRole("link", { name: "Taskchat" })).toBeVisible();
    await expect(header.getByRole("button", { name: "Account: Fatima Noor" })).toBeVisible();
    const revoke = page.getByRole("button", { name: "Revoke Claude Desktop on my work laptop" });
    await expect(revoke).toBeVisible();
    await expect(revoke).toBeInViewport({ ratio: 1 });
    const overflow = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    await saveScreenshot(page, `settings-phone-${width}`);

    // The account menu shows the address whole on one line, within the screen.
    await header.getByRole("button", { name: "Account: Fatima Noor" }).click();
    const email = page.locator("#user-menu").getByText(user.email);
    await expect(email).toBeVisible();
    await expect(email).toHaveAttribute("title", user.email);
    const lines = await email.evaluate((e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBe(1);
    const box = (await page.locator("#user-menu").boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await saveScreenshot(page, `account-menu-phone-${width}`);
  });
}
