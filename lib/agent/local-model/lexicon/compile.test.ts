import { describe, expect, it } from "vitest";
import { oneOf, pattern } from "./compile";

describe("patterns compiled from a lexicon", () => {
  it("takes the longest phrase of a list first and escapes it", () => {
    expect(oneOf(["thank you", "thank you so much", "no."])).toBe(
      "(?:thank you so much|thank you|no\\.)",
    );
    expect("thank you so much".match(pattern`^${["thank you", "thank you so much"]}`)?.[0]).toBe(
      "thank you so much",
    );
  });

  it("knows word boundaries and letters in any script", () => {
    // "کام" (task) inside an Urdu sentence, not inside a longer word.
    expect(pattern`\bکام\b`.test("یہ کام ہو گیا")).toBe(true);
    expect(pattern`\bکام\b`.test("کامیاب")).toBe(false);
    expect("café au lait".match(pattern`^[a-z]+`)?.[0]).toBe("café");
    expect(pattern`^\w+$`.test("naïve")).toBe(true);
  });

  it("keeps JavaScript's own meaning of \\b on ASCII text", () => {
    const word = pattern`\btask\b`;
    expect(word.test("delete task 2")).toBe(true);
    expect(word.test("multitasking")).toBe(false);
    expect(pattern`\b#\d`.test("see #3")).toBe(false);
  });
});
