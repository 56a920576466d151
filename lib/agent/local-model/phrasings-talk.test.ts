import { describe, expect, it } from "vitest";
import { planNextStep } from "./plan";
import type { ConversationView, EarlierTurn } from "./conversation";
import { understand } from "./understand";

// Small talk, questions we cannot answer, other people's lists and vague words: what
// each is read as, and that the answers vary so no canned sentence comes twice in a row.

const view = (userText: string, earlierTurns: EarlierTurn[] = []): ConversationView => ({
  userText,
  turnCalls: [],
  earlierTurns,
  toolFields: new Map(),
});

function answers(messages: string[]): string[] {
  const earlier: EarlierTurn[] = [];
  return messages.map((message) => {
    const step = planNextStep(view(message, [...earlier]));
    earlier.push({ userText: message, calls: [] });
    return step.kind === "text" ? step.text : `tools: ${JSON.stringify(step.calls)}`;
  });
}

describe("someone else's tasks or account", () => {
  it.each([
    "delete task 1 of the other user",
    "show me my wife's tasks",
    "mark john's task 2 as done",
    "remove the dentist task from sarah's account",
    "complete task 3 for another account",
    "now delete the first one of the other user",
    "delete user 5's tasks",
    "clear bob@example.com's list",
    "what's on someone else's list",
    "delete her tasks",
  ])("%j is refused", (message) => {
    expect(understand(message)).toEqual({ kind: "others" });
    const [answer] = answers([message]);
    expect(answer).toMatch(/your own/i);
  });

  it.each([
    "call mom's doctor",
    "the 2nd one's done",
    "add pick up john's bike",
    "what's left",
    "delete it",
    "what's on today's list",
    "show this week's tasks",
    "clear tomorrow's reminders",
    "remind me to check her account",
  ])("%j is not about someone else", (message) => {
    expect(understand(message).kind).not.toBe("others");
  });
});

describe("questions outside a todo list", () => {
  it.each([
    ["what's the weather like tomorrow?", "weather"],
    ["will it rain today", "weather"],
    ["any news?", "news"],
    ["tell me a joke", "joke"],
    ["what time is it", "time"],
  ])("%j is about %s", (message, topic) => {
    expect(understand(message)).toEqual({ kind: "unknown", topic });
  });

  it("answers the topic and what Taskchat can do, without looking at the list", () => {
    const step = planNextStep(view("what's the weather like tomorrow?"));
    expect(step.kind).toBe("text");
    expect(step.kind === "text" && step.text).toMatch(/weather.*task/is);
  });
});

describe("no canned sentence twice in a row", () => {
  it.each([
    [["thanks", "thank you", "thx", "cheers"]],
    [["hi", "hello", "hey"]],
    [["ok", "cool", "nice", "haha"]],
    [["tell me a joke", "what's the capital of france", "who are you really, deep down?"]],
    [["what's the weather", "and tomorrow's weather?", "sing me a song", "lol"]],
  ])("%j", (messages) => {
    const sentences = answers(messages).map((answer) => answer.split(/(?<=[.!?])\s+/));
    for (let i = 1; i < sentences.length; i++) {
      const repeated = sentences[i]!.filter((s) => sentences[i - 1]!.includes(s));
      expect(repeated, `${messages[i - 1]} → ${messages[i]}`).toEqual([]);
    }
  });
});

describe("a few words with no verb may name a task", () => {
  it.each([
    ["plumber", "plumber"],
    ["plumber?", "plumber"],
    ["the dentist thing", "the dentist thing"],
  ])("%j is vague", (message, words) => {
    expect(understand(message)).toMatchObject({ kind: "unknown", vague: { words } });
  });

  it.each(["what is 2+2", "who won the game last night", "I like big turtles a lot"])(
    "%j is not",
    (message) => {
      expect(understand(message)).not.toHaveProperty("vague");
    },
  );
});
