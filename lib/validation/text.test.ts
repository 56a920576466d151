import { describe, expect, it } from "vitest";
import { exactText, trimmedText } from "./text";

describe("text validation", () => {
  const title = trimmedText(1, 10);
  const description = exactText(10);

  it("trims bounded text and keeps exact text as sent", () => {
    expect(title.parse("  hi  ")).toBe("hi");
    expect(description.parse("  hi  ")).toBe("  hi  ");
  });

  it("refuses NUL characters and lone surrogates, which cannot be stored as sent", () => {
    for (const schema of [title, description]) {
      expect(schema.safeParse("a\u0000b").success).toBe(false);
      expect(schema.safeParse("a\ud800b").success).toBe(false);
      expect(schema.safeParse("a\udc00").success).toBe(false);
    }
  });

  it("accepts emoji, right-to-left and combining text", () => {
    for (const text of ["😀👨‍👩‍👧", "שלום", "e\u0301"]) {
      expect(title.parse(text)).toBe(text);
      expect(description.parse(text)).toBe(text);
    }
  });
});
