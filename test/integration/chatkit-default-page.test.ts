import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type AppUnderTest } from "../support/app-server";
import { signUp } from "../support/users";

// CHAT_UI=chatkit makes the ChatKit page the default chat page.

let app: AppUnderTest;
beforeAll(async () => {
  app = await startApp({ env: { CHAT_UI: "chatkit" } });
});
afterAll(async () => app?.stop());

describe("CHAT_UI=chatkit", () => {
  it("sends / to /chatkit, which renders for a signed-in user", async () => {
    const user = await signUp(app.server.url);
    const home = await fetch(`${app.server.url}/`, {
      headers: { cookie: user.cookie },
      redirect: "manual",
    });
    expect(home.status).toBe(307);
    expect(new URL(home.headers.get("location")!, app.server.url).pathname).toBe("/chatkit");

    const page = await fetch(`${app.server.url}/chatkit`, {
      headers: { cookie: user.cookie },
      redirect: "manual",
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("openai-chatkit");
  });

  it("sends a signed-out visitor of /chatkit to sign in", async () => {
    const page = await fetch(`${app.server.url}/chatkit`, { redirect: "manual" });
    expect(page.status).toBe(307);
    expect(new URL(page.headers.get("location")!, app.server.url).pathname).toBe("/sign-in");
  });
});
