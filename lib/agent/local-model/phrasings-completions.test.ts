import { describe, expect, it } from "vitest";
import { understand } from "./understand";

// How people report a task done, point at several tasks, or clear out a kind of task:
// each phrasing family, read into the intent the planner acts on.

describe("a deed in the past tense names its task by verb and object", () => {
  it.each([
    ["got the milk", { words: "get milk", object: "milk" }],
    ["called the plumber finally", { words: "call plumber" }],
    ["spoke to mom", { words: "speak to mom", object: "to mom" }],
    ["emailed sarah back", { words: "email sarah back" }],
    ["paid both bills", { words: "pay bills", plural: true, object: "bills" }],
  ])("%j", (message, ref) => {
    expect(understand(message)).toMatchObject({ kind: "complete", ref: { kind: "words", ...ref } });
  });

  it.each([
    ["finally rang the landlord", "ring landlord", "landlord"],
    ["invoice sent to acme", "send invoice to acme", "invoice to acme"],
  ])("%j", (message, words, object) => {
    expect(understand(message)).toEqual({
      kind: "complete",
      ref: { kind: "words", words, object },
    });
  });

  it.each(["bought them", "just did it"])("%j points back", (message) => {
    expect(understand(message)).toMatchObject({ kind: "complete", ref: { kind: "pronoun" } });
  });
});

describe("a check mark says done", () => {
  it.each([
    ["✅ plumber", "plumber"],
    ["dentist done ✅", "dentist"],
    ["✔️ milk", "milk"],
    ["bike's fixed 🚲", undefined],
  ])("%j", (message, words) => {
    const intent = understand(message);
    expect(intent.kind).toBe("complete");
    if (words) expect(intent).toMatchObject({ ref: { kind: "words", words } });
  });
});

describe("the commanding clause of a longer message", () => {
  it.each([
    ["just did it, tick it off", { kind: "pronoun", plural: false }],
    ["just called her actually, mark it done", { kind: "pronoun", plural: false }],
    ["ok so that's sorted, task 3 is done", { kind: "numbers", numbers: [3] }],
    // "it" is what the clause before named.
    [
      "ok cleaned the bathroom, cross it off",
      { kind: "words", words: "clean bathroom", object: "bathroom" },
    ],
  ])("%j", (message, ref) => {
    expect(understand(message)).toEqual({ kind: "complete", ref });
  });
});

describe("positions with extra words", () => {
  it.each([
    ["the 2nd one's done", "complete", { kind: "position", position: 2 }],
    ["first two are done", "complete", { kind: "positions", positions: [1, 2] }],
    ["delete the first and last", "delete", { kind: "positions", positions: [1, -1] }],
    ["remove the last two", "delete", { kind: "positions", positions: [-2, -1] }],
    ["mark the 1st and 3rd done", "complete", { kind: "positions", positions: [1, 3] }],
  ])("%j", (message, kind, ref) => {
    expect(understand(message)).toEqual({ kind, ref });
  });
});

describe("everything of a kind, or all but some", () => {
  it.each([
    ["clear out everything I've finished", "delete", { kind: "all", status: "completed" }],
    ["wipe the completed stuff", "delete", { kind: "all", status: "completed" }],
    ["get rid of all the done ones", "delete", { kind: "all", status: "completed" }],
    [
      "mark everything except the laundry as done",
      "complete",
      { kind: "all", status: "all", except: "laundry" },
    ],
    [
      "finished all of them except call mom",
      "complete",
      { kind: "all", status: "all", except: "call mom" },
    ],
    ["delete everything but the milk", "delete", { kind: "all", status: "all", except: "milk" }],
    [
      "tidy up my list, get rid of everything that's done",
      "delete",
      { kind: "all", status: "completed" },
    ],
    ["remove both bills", "delete", { kind: "words", words: "bills", plural: true }],
  ])("%j", (message, kind, ref) => {
    expect(understand(message)).toEqual({ kind, ref });
  });
});

describe("praise and laughter are not requests", () => {
  it.each([
    ["thanks, you're a lifesaver", { kind: "thanks" }],
    ["you rock 🙌", { kind: "thanks" }],
    ["haha nice", { kind: "ack" }],
    // A to-do said without "add" may be one the list has (`again`, decision 023).
    [
      "Buy stamps thanks!! you're the best",
      { kind: "add", tasks: [{ title: "Buy stamps" }], again: true },
    ],
    [
      "please do the needful and add pay school fees",
      { kind: "add", tasks: [{ title: "Pay school fees" }] },
    ],
  ])("%j", (message, intent) => {
    expect(understand(message)).toEqual(intent);
  });
});
