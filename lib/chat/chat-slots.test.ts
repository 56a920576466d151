import { beforeAll, describe, expect, it } from "vitest";
import { CHAT_TURNS, userLine } from "@/lib/server/user-slots";
import { insertUser, migrateTestDatabase } from "@/test/support/unit-database";
import { runChatTurn } from "./chat-turn";
import { streamChatTurn } from "./stream-turn";

// Every chat turn takes one of its user's chat slots (lib/server/user-slots.ts) from
// claim to stored answer. One slot per user here, and a slow model (the longest pacing),
// so a turn is still running while the test looks: order and counts, not time.
beforeAll(async () => {
  process.env.CHAT_TURNS_PER_USER = "1";
  process.env.LOCAL_MODEL_PACING_MS = "1000";
  await migrateTestDatabase();
});

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("chat turns in the user's line for chat turns", () => {
  it("a streamed turn holds its slot after the handler returned, until cancelled", async () => {
    const userId = await insertUser();
    const first = new AbortController();
    const streamed = await streamChatTurn(
      { userId, message: "Add a task to buy milk" },
      first.signal,
    );
    // The Response is out, the turn is not done: the slot is still held.
    expect(userLine(userId, CHAT_TURNS)).toEqual({ running: 1, waiting: 0 });

    const second = new AbortController();
    const waiting = streamChatTurn({ userId, message: "Add a task to buy bread" }, second.signal);
    await nextTurn();
    expect(userLine(userId, CHAT_TURNS)).toEqual({ running: 1, waiting: 1 });

    // The client goes away: the turn stops, its slot passes to the waiting turn.
    first.abort();
    await streamed.body!.cancel();
    const next = await waiting;
    expect(userLine(userId, CHAT_TURNS)).toEqual({ running: 1, waiting: 0 });

    // Read to its end (stopped), the stream gives its slot back.
    second.abort();
    const text = await next.text();
    expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
    expect(userLine(userId, CHAT_TURNS)).toEqual({ running: 0, waiting: 0 });
  });

  it("another user's turn starts while one user's line is full", async () => {
    const [flooder, bystander] = [await insertUser(), await insertUser()];
    const stop = new AbortController();
    const streamed = await streamChatTurn(
      { userId: flooder, message: "Add a task to flood" },
      stop.signal,
    );
    const queued = runChatTurn({ userId: flooder, message: "Add a task to flood again" });
    await nextTurn();
    expect(userLine(flooder, CHAT_TURNS)).toEqual({ running: 1, waiting: 1 });

    const other = new AbortController();
    const theirs = await streamChatTurn(
      { userId: bystander, message: "Add a task to read" },
      other.signal,
    );
    expect(userLine(bystander, CHAT_TURNS)).toEqual({ running: 1, waiting: 0 });

    other.abort();
    await theirs.text();
    stop.abort();
    await streamed.text();
    await queued;
    expect(userLine(flooder, CHAT_TURNS)).toEqual({ running: 0, waiting: 0 });
  });
});
