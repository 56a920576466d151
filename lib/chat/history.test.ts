import { beforeAll, describe, expect, it } from "vitest";
import * as conversations from "@/db/conversations";
import * as messages from "@/db/messages";
import type { MessageRow } from "@/db/schema";
import { insertUser, migrateTestDatabase } from "@/test/support/unit-database";
import { claimTurn } from "./turn-claim";
import { titleFromMessage, toModelMessages } from "./history";
import { storedAddCall } from "@/test/support/task-json";

const HISTORY_LIMIT = 4;

beforeAll(async () => {
  // Read by env() on first use, which no test has made yet.
  process.env.CHAT_HISTORY_LIMIT = String(HISTORY_LIMIT);
  await migrateTestDatabase();
});

function row(partial: Partial<MessageRow> & Pick<MessageRow, "role" | "content">): MessageRow {
  return {
    id: crypto.randomUUID(),
    seq: 1,
    conversation_id: "c",
    user_id: "u",
    tool_calls: [],
    client_message_id: null,
    status: "complete",
    created_at: new Date(),
    ...partial,
  };
}

describe("toModelMessages", () => {
  it("replays an answer's tool calls and results before its text, so references resolve", () => {
    const answer = row({
      role: "assistant",
      content: 'Added task #1: "Buy milk".',
      tool_calls: [storedAddCall(1, "Buy milk")],
    });
    const result = toModelMessages([row({ role: "user", content: "add buy milk" }), answer]);
    const callId = `stored_${answer.id}_0`;
    expect(result).toEqual([
      { role: "user", content: "add buy milk" },
      {
        role: "assistant",
        content: [
          {
            type: "tool-call",
            toolCallId: callId,
            toolName: "add_task",
            input: { title: "Buy milk" },
          },
        ],
      },
      {
        role: "tool",
        content: [
          {
            type: "tool-result",
            toolCallId: callId,
            toolName: "add_task",
            output: { type: "json", value: { task_id: 1, status: "created", title: "Buy milk" } },
          },
        ],
      },
      { role: "assistant", content: 'Added task #1: "Buy milk".' },
    ]);
  });

  it("keeps an answer without tool calls as plain text, and drops an empty interrupted one", () => {
    expect(
      toModelMessages([
        row({ role: "assistant", content: "Hello!" }),
        row({ role: "assistant", content: "", status: "interrupted" }),
      ]),
    ).toEqual([{ role: "assistant", content: "Hello!" }]);
  });
});

describe("titleFromMessage", () => {
  it("uses the first line, whitespace collapsed", () => {
    expect(titleFromMessage("  add   buy milk\nand more")).toBe("add buy milk");
  });

  it("cuts a long first line at a word near 60 characters", () => {
    const title = titleFromMessage(
      "please add a task to call the plumber about the leaking kitchen sink tomorrow morning",
    );
    expect(title.length).toBeLessThanOrEqual(61);
    expect(title.endsWith("…")).toBe(true);
    expect(title).toBe("please add a task to call the plumber about the leaking…");
  });
});

describe("the history sent to the model is capped at CHAT_HISTORY_LIMIT", () => {
  async function conversationWith(count: number) {
    const userId = await insertUser();
    const conversation = await conversations.createConversation(userId, "long");
    for (let i = 1; i <= count; i++) {
      await messages.insertMessage(userId, {
        conversationId: conversation.id,
        role: i % 2 ? "user" : "assistant",
        content: `message ${i}`,
      });
    }
    return { userId, conversationId: conversation.id };
  }

  it("recentMessages returns the last N, oldest first", async () => {
    const { userId, conversationId } = await conversationWith(7);
    const recent = await messages.recentMessages(userId, conversationId, 3);
    expect(recent.map((m) => m.content)).toEqual(["message 5", "message 6", "message 7"]);
    const all = await messages.recentMessages(userId, conversationId, 50);
    expect(all.map((m) => m.content)).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `message ${i}`));
  });

  it("recentMessages never returns another user's messages", async () => {
    const { conversationId } = await conversationWith(3);
    const stranger = await insertUser();
    expect(await messages.recentMessages(stranger, conversationId, 10)).toEqual([]);
  });

  it("a turn in a long conversation gives the model only the last N stored messages plus the new one", async () => {
    const { userId, conversationId } = await conversationWith(8);
    const turn = await claimTurn({ userId, conversationId, message: "and now?" });
    expect(turn.modelMessages).toEqual([
      { role: "user", content: "message 5" },
      { role: "assistant", content: "message 6" },
      { role: "user", content: "message 7" },
      { role: "assistant", content: "message 8" },
      { role: "user", content: "and now?" },
    ]);
    expect(turn.modelMessages).toHaveLength(HISTORY_LIMIT + 1);
    // The new message itself is stored, after the capped history was read.
    const stored = await messages.recentMessages(userId, conversationId, 1);
    expect(stored.map((m) => [m.role, m.content])).toEqual([["user", "and now?"]]);
  });

  it("a short conversation goes to the model whole", async () => {
    const { userId, conversationId } = await conversationWith(2);
    const turn = await claimTurn({ userId, conversationId, message: "third" });
    expect(turn.modelMessages.map((m) => m.content)).toEqual(["message 1", "message 2", "third"]);
  });
});
