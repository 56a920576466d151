import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import type { E2EUser } from "./session";

/** A JSON API call as the user (bearer token), for asserting on stored data. */
export async function api<T = any>(
  page: Page,
  user: E2EUser,
  method: string,
  url: string,
  data?: unknown,
) {
  const response = await page.request.fetch(url, {
    method,
    headers: { authorization: `Bearer ${user.token}` },
    data,
  });
  expect(response.ok(), `${method} ${url}: ${response.status()}`).toBeTruthy();
  return (response.status() === 204 ? undefined : await response.json()) as T;
}

export const listTasks = async (page: Page, user: E2EUser) =>
  (
    await api<{ tasks: { id: number; title: string; completed: boolean }[] }>(
      page,
      user,
      "GET",
      "/api/tasks",
    )
  ).tasks;

/** Sends a message from the composer and waits until the answer has finished. */
export async function sendMessage(page: Page, text: string) {
  const composer = page.getByRole("textbox", { name: "Message" });
  await composer.fill(text);
  await composer.press("Enter");
  await waitForAnswer(page);
}

export async function waitForAnswer(page: Page) {
  // The Send button comes back (and Stop goes) once the turn has ended.
  await expect(page.getByRole("button", { name: "Stop" })).toHaveCount(0);
  await expect(page.locator('article[aria-busy="true"]')).toHaveCount(0);
}

/** The last answer in the thread. */
export const lastAnswer = (page: Page) =>
  page.getByRole("article", { name: "Assistant said" }).last();

export async function saveScreenshot(page: Page, name: string) {
  const dir = path.join("test-results", "e2e", "screenshots");
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
