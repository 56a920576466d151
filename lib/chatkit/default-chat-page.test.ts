import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { defaultChatRedirect } from "./default-chat-page";

describe("defaultChatRedirect", () => {
  it("keeps the built-in chat at / unless CHAT_UI=chatkit", () => {
    expect(defaultChatRedirect(parseEnv({ NODE_ENV: "test" }).CHAT_UI)).toBeUndefined();
    expect(defaultChatRedirect("builtin")).toBeUndefined();
    expect(defaultChatRedirect(parseEnv({ NODE_ENV: "test", CHAT_UI: "chatkit" }).CHAT_UI)).toBe(
      "/chatkit",
    );
  });

  it("rejects an unknown CHAT_UI with a message naming it", () => {
    expect(() => parseEnv({ NODE_ENV: "test", CHAT_UI: "fancy" })).toThrow(/CHAT_UI/);
  });
});
