import { describe, expect, it } from "vitest";
import { planNextStep } from "./plan";
import { understand } from "./understand";

// Several requests in one message, lists typed line by line, and shorthand adds.

const numbered = (n: number) => ({ kind: "numbers", numbers: [n] });

describe("several requests in one message", () => {
  it.each([
    [
      "add milk and mark the report done",
      [
        { kind: "add", tasks: [{ title: "Milk" }] },
        { kind: "complete", ref: { kind: "words", words: "report" } },
      ],
    ],
    [
      "add buy bread, and delete call mom",
      [
        { kind: "add", tasks: [{ title: "Buy bread" }] },
        { kind: "delete", ref: { kind: "words", words: "call mom" } },
      ],
    ],
    [
      "mark task 2 done and add call dad",
      [
        { kind: "complete", ref: numbered(2) },
        { kind: "add", tasks: [{ title: "Call dad" }] },
      ],
    ],
    [
      "delete task 3 then rename task 1 to Buy oat milk",
      [
        { kind: "delete", ref: numbered(3) },
        { kind: "update", ref: numbered(1), title: "Buy oat milk" },
      ],
    ],
  ])("%j", (message, parts) => {
    expect(understand(message)).toEqual({ kind: "multi", parts });
  });

  it.each([
    [
      "add a task to clean the garage and remove the old paint",
      "Clean the garage and remove the old paint",
    ],
    ["remind me to buy milk and add it to the budget", "Buy milk and add it to the budget"],
  ])("%j stays one task", (message, title) => {
    expect(understand(message)).toMatchObject({ kind: "add", tasks: [{ title }] });
    expect((understand(message) as { tasks: unknown[] }).tasks).toHaveLength(1);
  });

  it("a verb that starts tasks too completes a matching task, or else adds one", () => {
    expect(understand("add milk and finish the quarterly report")).toEqual({
      kind: "multi",
      parts: [
        { kind: "add", tasks: [{ title: "Milk" }] },
        {
          kind: "complete",
          ref: { kind: "words", words: "quarterly report" },
          orAdd: { title: "Finish the quarterly report" },
        },
      ],
    });
  });

  it("two requests of one kind are the list rule's business", () => {
    expect(understand("add milk and add eggs").kind).toBe("add");
  });
});

describe("lists typed line by line", () => {
  it.each([
    [
      "1. book dentist appointment for next week\n2. pay the electricity bill\n3. buy a birthday present for Sam",
      [
        "Book dentist appointment for next week",
        "Pay the electricity bill",
        "Buy a birthday present for Sam",
      ],
    ],
    [
      "todo:\n• pick up the kids at 3\n• get the car washed",
      ["Pick up the kids at 3", "Get the car washed"],
    ],
    [
      "- call the plumber about the leak\n- renew passport",
      ["Call the plumber about the leak", "Renew passport"],
    ],
  ])("%j", (message, titles) => {
    expect(understand(message)).toMatchObject({
      kind: "add",
      tasks: titles.map((title) => ({ title })),
    });
  });
});

describe("shorthand adds", () => {
  it.each([
    ["new one: dentist appt", "Dentist appt"],
    ["another one - call the bank", "Call the bank"],
    ["📌 book car service", "Book car service"],
  ])("%j", (message, title) => {
    // A to-do said without "add" may be one the list has (`again`, decision 023).
    expect(understand(message)).toMatchObject({ kind: "add", tasks: [{ title }] });
  });
});

describe("'and …' after a change does the same again", () => {
  const added = {
    userText: "add milk",
    calls: [
      {
        toolCallId: "call_1",
        toolName: "add_task",
        input: { title: "Milk" },
        output: { task_id: 1, status: "created", title: "Milk" },
      },
    ],
  };
  it.each([
    ["and the dentist appt on friday pls", "Dentist appt on friday"],
    ["bread too", "Bread"],
  ])("%j adds %j", (userText, title) => {
    const view = { userText, turnCalls: [], earlierTurns: [added], toolFields: new Map() };
    let step = planNextStep(view);
    // A to-do said without "add" looks at the list first for the same task (decision 023).
    if (step.kind === "tools" && step.calls[0]?.toolName === "list_tasks") {
      const looked = { toolCallId: "call_2", toolName: "list_tasks", input: {} };
      step = planNextStep({ ...view, turnCalls: [{ ...looked, output: { tasks: [], total: 0 } }] });
    }
    expect(step).toEqual({ kind: "tools", calls: [{ toolName: "add_task", input: { title } }] });
  });
});
