import { describe, expect, it } from "vitest";
import { speakableText } from "./read-aloud";

describe("reading an answer aloud", () => {
  it("reads the words of a markdown answer, not its marks", () => {
    expect(speakableText("**Added** #4 _Call mom_ — see [the list](/tasks)")).toBe(
      "Added 4 Call mom — see the list",
    );
  });

  it("drops list bullets and table rules", () => {
    expect(speakableText("- milk\n- eggs\n\n| # | Task |\n|---|---|\n| 1 | Milk |")).toBe(
      "milk eggs Task 1 Milk",
    );
  });

  it("keeps Urdu text as it is", () => {
    expect(speakableText("**دودھ** خریدنا شامل کر دیا")).toBe("دودھ خریدنا شامل کر دیا");
  });
});
