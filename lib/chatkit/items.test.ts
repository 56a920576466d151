import { describe, expect, it } from "vitest";
import type { MessageRow } from "@/db/schema";
import { messageIdOf, toThreadItems, toolsItemId } from "./items";
import { storedAddCall } from "@/test/support/task-json";

const base = {
  id: "0b6f1a52-7a3c-4a38-9d8e-8f1f0b8a7c11",
  seq: "7",
  conversation_id: "5a0c9a3b-1f2e-4d5c-8b7a-6e5d4c3b2a19",
  user_id: "u1",
  client_message_id: null,
  status: "complete" as const,
  created_at: new Date("2026-01-02T03:04:05.678Z"),
};

describe("toThreadItems", () => {
  it("maps a user message to a user_message item with the message's id", () => {
    const row: MessageRow = { ...base, role: "user", content: "hi", tool_calls: [] };
    expect(toThreadItems(row)).toEqual([
      {
        type: "user_message",
        id: base.id,
        thread_id: base.conversation_id,
        created_at: "2026-01-02T03:04:05.678Z",
        content: [{ type: "input_text", text: "hi" }],
        attachments: [],
        inference_options: {},
      },
    ]);
  });

  it("maps an answer with tool calls to a tool card, then the text", () => {
    const row: MessageRow = {
      ...base,
      role: "assistant",
      content: "Added task #2.",
      tool_calls: [storedAddCall(2, "Milk")],
    };
    const [widget, answer] = toThreadItems(row);
    expect(widget).toMatchObject({
      type: "widget",
      id: `${base.id}:tools`,
      copy_text: "Added task 2: Milk",
      widget: { type: "Card" },
    });
    expect(answer).toEqual({
      type: "assistant_message",
      id: base.id,
      thread_id: base.conversation_id,
      created_at: "2026-01-02T03:04:05.678Z",
      content: [{ type: "output_text", text: "Added task #2.", annotations: [] }],
    });
  });

  it("shows an answer stopped before its first word as its tool card alone", () => {
    const row: MessageRow = {
      ...base,
      role: "assistant",
      content: "",
      status: "interrupted",
      tool_calls: [{ name: "list_tasks", arguments: {}, result: { tasks: [], total: 0 } }],
    };
    expect(toThreadItems(row).map((i) => i.type)).toEqual(["widget"]);
  });
});

describe("item ids", () => {
  it("map a tool card back to its message", () => {
    expect(messageIdOf(toolsItemId(base.id))).toBe(base.id);
    expect(messageIdOf(base.id)).toBe(base.id);
  });
});
