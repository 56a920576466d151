import { describe, expect, it } from "vitest";
import type { StoredToolCall } from "@/db/schema";
import { isSmallTalk, openingTitle, retitle, taskTopic, topicTitle, UNTITLED } from "./topic-title";

const changed = (name: string, title: string, status = "created"): StoredToolCall =>
  ({ name, arguments: {}, result: { task_id: 1, status, title } }) as StoredToolCall;

describe("conversation titles", () => {
  it("never takes a greeting or thanks as a title", () => {
    for (const message of [
      "hi there",
      "Hello!",
      "hey 👋",
      "good morning",
      "thanks!!",
      "hi again",
    ]) {
      expect(isSmallTalk(message), message).toBe(true);
      expect(openingTitle(message)).toBe(UNTITLED);
    }
    for (const message of ["hi, add milk", "add milk", "what's due today?"]) {
      expect(isSmallTalk(message), message).toBe(false);
    }
    expect(openingTitle("add milk")).toBe("add milk");
  });

  it("names the topic from the tasks a turn changed", () => {
    expect(taskTopic("Buy groceries")).toBe("groceries");
    expect(taskTopic("Dentist")).toBe("dentist");
    expect(taskTopic("Call Bob about the party")).toBe("call Bob about the party");
    expect(taskTopic("Book a table for Sam")).toBe("table for Sam");
    expect(topicTitle([changed("add_task", "Buy groceries"), changed("add_task", "Dentist")])).toBe(
      "Groceries and dentist",
    );
    expect(
      topicTitle([
        changed("add_task", "Milk"),
        changed("add_task", "Eggs"),
        changed("add_task", "Bread"),
        changed("add_task", "Butter"),
      ]),
    ).toBe("Milk, eggs and more");
    // Lists and failures name nothing.
    expect(
      topicTitle([
        { name: "list_tasks", arguments: {}, result: { tasks: [], total: 0 } } as StoredToolCall,
        {
          name: "complete_task",
          arguments: {},
          result: { error: "task_not_found" },
        } as StoredToolCall,
      ]),
    ).toBeUndefined();
  });

  it("replaces only a title the conversation opened with, never one the person chose", () => {
    const calls = [changed("add_task", "Buy groceries"), changed("add_task", "Dentist")];
    expect(retitle(UNTITLED, undefined, calls)).toBe("Groceries and dentist");
    const opening = "add buy groceries and dentist";
    expect(retitle(openingTitle(opening), opening, calls)).toBe("Groceries and dentist");
    expect(retitle("My errands", opening, calls)).toBeUndefined();
    expect(retitle(UNTITLED, undefined, [])).toBeUndefined();
  });
});
