import { readUIMessageStream, type UIMessage, type UIMessageChunk } from "ai";
import { beforeAll, describe, expect, it } from "vitest";
import { recentMessages } from "@/db/messages";
import { CHAT_TURNS, userLine } from "@/lib/server/user-slots";
import { insertUser, migrateTestDatabase } from "@/test/support/unit-database";
import { streamChatTurn } from "./stream-turn";

beforeAll(async () => {
  process.env.LOCAL_MODEL_PACING_MS = "0";
  await migrateTestDatabase();
});

/** The server-sent events of a UI message stream body, as the AI SDK's client reads them. */
function events(body: string): (UIMessageChunk | "[DONE]")[] {
  expect(body.endsWith("\n\n")).toBe(true);
  return body
    .slice(0, -2)
    .split("\n\n")
    .map((event) => {
      expect(event.startsWith("data: ")).toBe(true);
      const data = event.slice("data: ".length);
      return data === "[DONE]" ? "[DONE]" : (JSON.parse(data) as UIMessageChunk);
    });
}

/** The assistant message the AI SDK's own reader assembles from the chunks. */
async function assembled(chunks: UIMessageChunk[]): Promise<UIMessage | undefined> {
  let last: UIMessage | undefined;
  const stream = new ReadableStream<UIMessageChunk>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  for await (const message of readUIMessageStream({ stream, terminateOnError: true })) {
    last = message;
  }
  return last;
}

describe("the streamed chat turn (AI SDK UI message stream)", () => {
  it("speaks the protocol: headers, one JSON part per event, [DONE] last", async () => {
    const userId = await insertUser();
    const response = await streamChatTurn(
      { userId, message: "Add a task to buy milk" },
      new AbortController().signal,
    );
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    expect(response.headers.get("x-vercel-ai-ui-message-stream")).toBe("v1");
    const sent = events(await response.text());
    expect(sent.at(-1)).toBe("[DONE]");
    // The turn's chat slot was given back by the end of its stream.
    expect(userLine(userId, CHAT_TURNS)).toEqual({ running: 0, waiting: 0 });
    const chunks = sent.filter((e): e is UIMessageChunk => e !== "[DONE]");
    expect(chunks.slice(0, 2).map((c) => c.type)).toEqual(["data-conversation", "start"]);
    // The assistant message is named by the id its stored answer has.
    const conversation = chunks[0] as { data: { id: string } };
    const stored = await recentMessages(userId, conversation.data.id, 10);
    const answer = stored.find((m) => m.role === "assistant");
    expect(chunks[1]).toEqual({ type: "start", messageId: answer?.id });
    expect(chunks.at(-1)).toEqual({ type: "finish" });

    const message = await assembled(chunks);
    const tool = message?.parts.find((p) => p.type === "tool-add_task");
    expect(tool).toMatchObject({ state: "output-available", output: { status: "created" } });
    const text = message?.parts
      .filter((p) => p.type === "text")
      .map((p) => p.text)
      .join("");
    expect(text).toMatch(/buy milk/i);
  });
});
