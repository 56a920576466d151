import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { messageText } from "./respond";

const input = (text: string, quoted_text?: string) => ({
  content: [{ type: "input_text" as const, text }],
  attachments: [],
  quoted_text,
  inference_options: {},
});

function problemOf(text: string, quoted?: string): string | undefined {
  try {
    messageText(input(text, quoted));
  } catch (error) {
    if (error instanceof ValidationError) {
      expect(error.details.field).toBe("params.input.content");
      return error.message;
    }
    throw error;
  }
  return undefined;
}

describe("messageText: a ChatKit message is held to every chat message's rules", () => {
  it("keeps the text, with a quote above it", () => {
    expect(messageText(input("  buy milk  "))).toBe("buy milk");
    expect(messageText(input("yes", "Delete it?\nSure?"))).toBe("> Delete it?\n> Sure?\n\nyes");
  });

  it("refuses empty text, NUL, lone surrogates and overlong messages", () => {
    expect(problemOf("   ")).toMatch(/must contain some text/);
    expect(problemOf("a\u0000b")).toMatch(/NUL/);
    expect(problemOf("broken \ud800 text")).toMatch(/valid Unicode/);
    expect(problemOf("fine", "quoted \udc00")).toMatch(/valid Unicode/);
    expect(problemOf("x".repeat(8001))).toMatch(/at most 8000/);
    expect(problemOf("emoji 😀 is fine")).toBeUndefined();
  });
});
