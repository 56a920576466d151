import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { database } from "@/db";
import * as conversations from "@/db/conversations";
import { readTurnContext } from "@/db/turn-context";
import { installCountingDatabase } from "@/test/support/statement-counter";
import { insertUser, migrateTestDatabase } from "@/test/support/unit-database";
import { runChatTurn } from "./chat-turn";
import { startTurn, type TurnEvent } from "./run-turn";

// Every statement the app sends to this file's PGlite, BEGIN and COMMIT included.
const { statements } = installCountingDatabase();

beforeAll(async () => {
  // The quota check is part of a turn's reads; turn it on to count it.
  process.env.CHAT_QUOTA_PER_HOUR = "100";
  expect(database().driver).toBe("pglite");
  await migrateTestDatabase();
});

beforeEach(() => {
  statements.length = 0;
});

/** Claims a turn and counts the statements sent before the model is called, then finishes it. */
async function statementsBeforeModel(request: Parameters<typeof startTurn>[0]) {
  statements.length = 0;
  const { started, events } = await startTurn(request);
  const before = [...statements];
  const rest: TurnEvent[] = [];
  for await (const event of events) rest.push(event);
  return { started, before, rest };
}

async function conversationOf(userId: string): Promise<string> {
  const first = await runChatTurn({ userId, message: "Add a task to buy milk" });
  await runChatTurn({ userId, conversationId: first.conversation_id, message: "what's pending?" });
  return first.conversation_id;
}

describe("database round trips before the model starts", () => {
  it("a continuing conversation: at most 3 (one read, one write)", async () => {
    const userId = await insertUser();
    const conversationId = await conversationOf(userId);
    const { started, before, rest } = await statementsBeforeModel({
      userId,
      conversationId,
      message: "Add a task to call mom",
      clientMessageId: "count-1",
    });
    expect(before.length, before.join("\n---\n")).toBeLessThanOrEqual(3);
    expect(before.length).toBe(2);
    // The answer is stored under the id the turn announced when it started.
    expect(rest.at(-1)).toMatchObject({
      type: "finished",
      replayed: false,
      answer: { id: started.answerId },
    });
  });

  it("one statement asks whether the client_message_id was seen", async () => {
    const userId = await insertUser();
    const conversationId = await conversationOf(userId);
    const { before } = await statementsBeforeModel({
      userId,
      conversationId,
      message: "Add a task to water plants",
      clientMessageId: "count-2",
    });
    const lookups = before.filter((s) => /^select/i.test(s) && s.includes("client_message_id"));
    expect(lookups).toHaveLength(1);
  });

  it("a retry of an answered turn: one read, and the stored answer", async () => {
    const userId = await insertUser();
    const conversationId = await conversationOf(userId);
    const request = {
      userId,
      conversationId,
      message: "Add a task to pay rent",
      clientMessageId: "r",
    };
    const first = await runChatTurn(request);
    const { started, before, rest } = await statementsBeforeModel(request);
    expect(before).toHaveLength(1);
    expect(started.replayed).toBe(true);
    expect(rest).toMatchObject([{ type: "finished", replayed: true }]);
    expect(statements).toHaveLength(1);
    expect(await runChatTurn(request)).toEqual(first);
  });
});

describe("the chat quota's ledger", () => {
  it("counts each new turn with its user message, and deleting conversations gives nothing back", async () => {
    const userId = await insertUser();
    const conversationId = await conversationOf(userId);
    const { before } = await statementsBeforeModel({
      userId,
      conversationId,
      message: "Add a task to call mom",
      clientMessageId: "ledger-1",
    });
    // Counted within the turn's one write, not in a statement of its own.
    expect(before).toHaveLength(2);
    // A resend of an answered turn is not counted again.
    await runChatTurn({
      userId,
      conversationId,
      message: "Add a task to call mom",
      clientMessageId: "ledger-1",
    });
    expect(await ledgerTurns(userId)).toBe(3);
    await conversations.deleteConversation(userId, conversationId);
    expect(await ledgerTurns(userId)).toBe(3);
    const context = await readTurnContext(userId, {
      clientMessageIds: [],
      leaseSeconds: 0,
      quota: { limit: 3, windowSeconds: 3600 },
    });
    expect(context.quotaWaitSeconds).toBeGreaterThan(3500);
  });
});

async function ledgerTurns(userId: string): Promise<number> {
  const row = await database()
    .db.selectFrom("chat_usage")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe("the statement counter", () => {
  it("sees transactions' BEGIN and COMMIT (a new conversation is opened in one)", async () => {
    const userId = await insertUser();
    const { before } = await statementsBeforeModel({ userId, message: "hello there" });
    expect(before.map((s) => s.trim().toLowerCase())).toEqual(
      expect.arrayContaining(["begin", "commit"]),
    );
  });
});
