import { describe, expect, it } from "vitest";
import { suiteApp } from "../support/app-server";
import { signUp } from "../support/users";

// CHAT_UI=chatkit makes the ChatKit page the default chat page.

const app = suiteApp({ env: { CHAT_UI: "chatkit" } });

describe("CHAT_UI=chatkit", () => {
  it("sends / to /chatkit, which renders for a signed-in user", async () => {
    const user = await signUp(app.url);
    const home = await fetch(`${app.url}/`, {
      headers: { cookie: user.cookie },
      redirect: "manual",
    });
    expect(home.status).toBe(307);
    expect(new URL(home.headers.get("location")!, app.url).pathname).toBe("/chatkit");

    const page = await fetch(`${app.url}/chatkit`, {
      headers: { cookie: user.cookie },
      redirect: "manual",
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("openai-chatkit");
  });

  it("sends a signed-out visitor of /chatkit to sign in", async () => {
    const page = await fetch(`${app.url}/chatkit`, { redirect: "manual" });
    expect(page.status).toBe(307);
    expect(new URL(page.headers.get("location")!, app.url).pathname).toBe("/sign-in");
  });
});
