import { describe, expect, it } from "vitest";
import { SYSTEM_PROMPT, systemPrompt } from "./system-prompt";

describe("the system prompt for real models", () => {
  it("asks for replies in the language and script the user wrote in", () => {
    const language = SYSTEM_PROMPT.split("\n").find((line) => line.startsWith("- Language:"));
    expect(language).toBeDefined();
    expect(language).toMatch(/reply in the language and script the user wrote/);
    // Urdu script and Roman Urdu are named as separate scripts, with an example of each.
    expect(language).toMatch(/Urdu script/);
    expect(language).toMatch(/Roman Urdu/);
    expect(language).toMatch(/[\u0600-\u06FF]/u);
    expect(language).toMatch(/never translate a title/);
  });

  it("keeps the instruction in the prompt of every turn", () => {
    const prompt = systemPrompt(new Date("2026-12-09T10:00:00Z"), "Asia/Karachi");
    expect(prompt).toContain("reply in the language and script the user wrote");
    expect(prompt).toContain("Asia/Karachi");
  });
});
