import { describe, expect, it } from "vitest";
import { understand } from "./understand";

// Questions about one task are answered from the list and change nothing; questions
// about the whole list still show it.

describe("a question about one task", () => {
  it.each([
    ["did I already tick off milk?", { kind: "words", words: "milk" }, "done"],
    ["did i do the dentist already", { kind: "words", words: "dentist" }, "done"],
    ["is the plumber one done?", { kind: "words", words: "plumber" }, "done"],
    ["have I finished task 3?", { kind: "numbers", numbers: [3] }, "done"],
    ["is it done yet", { kind: "pronoun", plural: false }, "done"],
    // A question is never a deed: asking whether it was done changes nothing.
    [
      "did I pick up the prescription",
      { kind: "words", words: "pick up prescription", object: "up prescription" },
      "done",
    ],
    [
      "have i renewed the gym membership?",
      { kind: "words", words: "renew gym membership", object: "gym membership" },
      "done",
    ],
    ["is milk on my list?", { kind: "words", words: "milk" }, "listed"],
    ["are eggs still on the shopping list", { kind: "words", words: "eggs" }, "listed"],
  ])("%j", (message, ref, about) => {
    expect(understand(message)).toEqual({ kind: "ask", ref, about });
  });
});

describe("a question about the whole list", () => {
  it.each([
    ["Have I completed anything?", "completed"],
    ["is everything done?", "pending"],
    ["did I finish everything", "all"],
  ])("%j shows the list", (message) => {
    expect(understand(message).kind).toBe("list");
  });
});
