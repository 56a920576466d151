import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { connectMcp } from "../test/support/mcp";
import { signUpViaApi } from "./support/session";

const baseURL = () => String(test.info().project.use.baseURL);

/** Creates a key on the settings page and reads it from its one showing. */
async function createKeyOnPage(page: Page, name: string): Promise<string> {
  await page.getByLabel("Key name").fill(name);
  await page.getByRole("button", { name: "Create key" }).click();
  const shown = page.getByLabel("New API key");
  await expect(shown).toHaveText(/^tc_[A-Za-z]{48}$/);
  return (await shown.textContent())!;
}

test("signed out, the settings page sends you to sign in", async ({ page }) => {
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a key is created, shown once, works over MCP, and stops working when revoked", async ({
  page,
  context,
}) => {
  await signUpViaApi(page, "Mia");
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByText("You have no API keys yet.")).toBeVisible();
  await expect(page.getByLabel("MCP client configuration")).toContainText(`${baseURL()}/api/mcp`);

  const key = await createKeyOnPage(page, "Claude Desktop");
  await expect(page.getByText("It will not be shown again")).toBeVisible();
  const row = page.getByRole("row", { name: /Claude Desktop/ });
  await expect(row).toContainText(`${key.slice(0, 10)}…`);
  await expect(row).toContainText("Never");

  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy key" }).click();
  await expect(page.getByText("Copied to the clipboard.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

  // Shown once: after a reload only its first characters remain.
  await page.reload();
  await expect(page.getByLabel("New API key")).toHaveCount(0);
  expect(await page.content()).not.toContain(key);
  await expect(row).toContainText(key.slice(0, 10));

  const mcp = await connectMcp(baseURL(), key);
  const added = await mcp.callTool({ name: "add_task", arguments: { title: "Water the plants" } });
  // The contract's three fields, plus the task's own fields (rich tasks).
  expect(added.structuredContent).toMatchObject({
    task_id: 1,
    status: "created",
    title: "Water the plants",
    due_date: null,
    tags: [],
  });
  await page.reload();
  await expect(row).not.toContainText("Never");

  await page.getByRole("button", { name: "Revoke Claude Desktop" }).click();
  const dialog = page.getByRole("dialog", { name: "Revoke “Claude Desktop”?" });
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toBeVisible();

  await page.getByRole("button", { name: "Revoke Claude Desktop" }).click();
  await dialog.getByRole("button", { name: "Revoke key" }).click();
  await expect(row).toHaveCount(0);
  await expect(page.getByText("You have no API keys yet.")).toBeVisible();
  await expect(mcp.callTool({ name: "list_tasks", arguments: {} })).rejects.toMatchObject({
    code: 401,
  });
  await mcp.close();
});

test("a nameless key is refused with a clear message", async ({ page }) => {
  await signUpViaApi(page);
  await page.goto("/settings");
  await page.getByLabel("Key name").fill("   ");
  await page.getByRole("button", { name: "Create key" }).click();
  const keys = page.getByRole("region", { name: "API keys" });
  await expect(keys.getByRole("alert")).toHaveText("Name must not be empty.");
  await expect(page.getByLabel("Key name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("You have no API keys yet.")).toBeVisible();
});

test("the settings page has no accessibility violations", async ({ page }) => {
  await signUpViaApi(page);
  await page.goto("/settings");
  await createKeyOnPage(page, "Cursor");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

// Needs the chat page (built in parallel): its task panel is the region named "Tasks".
test("a task added over MCP appears in the chat page's task panel", async ({ page }) => {
  await signUpViaApi(page);
  await page.goto("/settings");
  const key = await createKeyOnPage(page, "Agent");
  const mcp = await connectMcp(baseURL(), key);
  await mcp.callTool({ name: "add_task", arguments: { title: "Book the dentist via MCP" } });
  await mcp.close();
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Tasks" })).toContainText(
    "Book the dentist via MCP",
  );
});
