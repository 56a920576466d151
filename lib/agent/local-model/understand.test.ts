import { describe, expect, it } from "vitest";
import { splitItems } from "./parse-add";
import { understand } from "./understand";

describe("understand", () => {
  it.each([
    ["ADD CALL MOM", { kind: "add", tasks: [{ title: "CALL MOM" }] }],
    ["  add    feed the cat   ", { kind: "add", tasks: [{ title: "Feed the cat" }] }],
    [
      "add a task to check off the inventory",
      { kind: "add", tasks: [{ title: "Check off the inventory" }] },
    ],
    ["i want to see my tasks", { kind: "list", status: "all", countOnly: false }],
    ["what haven't I done yet", { kind: "list", status: "pending", countOnly: false }],
    ["remind me what's pending", { kind: "list", status: "pending", countOnly: false }],
    ["shwo my tasks", { kind: "list", status: "all", countOnly: false }],
    ["delet task 2", { kind: "delete", ref: { kind: "numbers", numbers: [2] } }],
    ["del task 2", { kind: "delete", ref: { kind: "numbers", numbers: [2] } }],
    ["ad milk", { kind: "add", tasks: [{ title: "Milk" }] }],
    ["mark tsk 2 done", { kind: "complete", ref: { kind: "numbers", numbers: [2] } }],
    ["how many are left", { kind: "list", status: "pending", countOnly: true }],
    ["i need to delete task 3", { kind: "delete", ref: { kind: "numbers", numbers: [3] } }],
    ["complete tasks 2 and 4", { kind: "complete", ref: { kind: "numbers", numbers: [2, 4] } }],
    ["task two is done", { kind: "complete", ref: { kind: "numbers", numbers: [2] } }],
    ["mark it done", { kind: "complete", ref: { kind: "pronoun", plural: false } }],
    ["mark them both done", { kind: "complete", ref: { kind: "pronoun", plural: true } }],
    ["delete the last one", { kind: "delete", ref: { kind: "position", position: "last" } }],
    ["delete all completed tasks", { kind: "delete", ref: { kind: "all", status: "completed" } }],
    ["the dentist one", { kind: "select", ref: { kind: "words", words: "dentist" } }],
    ["#3", { kind: "select", ref: { kind: "numbers", numbers: [3] } }],
    ["set task 2 to done", { kind: "complete", ref: { kind: "numbers", numbers: [2] } }],
    ["rename task 2", { kind: "update", ref: { kind: "numbers", numbers: [2] }, field: "title" }],
    ["never mind", { kind: "cancel" }],
    // A reopening names its task: update_task reopens it (completed: false) when the tool can.
    ["mark task 2 as not done", { kind: "reopen", ref: { kind: "numbers", numbers: [2] } }],
    ["good morning!", { kind: "greet" }],
    ["thank you so much 🙏", { kind: "thanks" }],
    ["ok", { kind: "confirm" }],
    ["cool", { kind: "ack" }],
    ["who won the game last night", { kind: "unknown", topic: "news" }],
    // The base form of a past tense comes from the language's morphology, not "-ed" stripped.
    [
      "i baked the cake",
      { kind: "complete", ref: { kind: "words", words: "bake cake", object: "cake" } },
    ],
    [
      "tidied the garage",
      { kind: "complete", ref: { kind: "words", words: "tidy garage", object: "garage" } },
    ],
    [
      "got the milk",
      { kind: "complete", ref: { kind: "words", words: "get milk", object: "milk" } },
    ],
  ])("%j", (message, intent) => {
    expect(understand(message)).toEqual(intent);
  });
});

describe("the list rule", () => {
  it.each([
    ["milk, eggs and bread", ["milk", "eggs", "bread"]],
    ["call mom and pay bills", ["call mom", "pay bills"]],
    ["buy milk and eggs", ["buy milk and eggs"]],
    ["meeting with Bob and Alice", ["meeting with Bob and Alice"]],
    ["salt and pepper", ["salt", "pepper"]],
  ])("%j", (body, items) => {
    expect(splitItems(body, false)).toEqual(items);
  });
});

describe("a delete verb that also leads a thing's name", () => {
  it("offers the thing as a new task only when no determiner or pronoun follows the verb", () => {
    expect(understand("bin bags")).toMatchObject({ kind: "delete", orAdd: { title: "Bin bags" } });
    expect(understand("junk mail")).toMatchObject({
      kind: "delete",
      orAdd: { title: "Junk mail" },
    });
    expect(understand("bin the milk")).not.toHaveProperty("orAdd");
    expect(understand("bin it")).not.toHaveProperty("orAdd");
  });
});
