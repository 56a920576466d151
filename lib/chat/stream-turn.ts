import {
  createUIMessageStream,
  createUIMessageStreamResponse,
  type UIMessageStreamWriter,
} from "ai";
import {
  collectToolCalls,
  modelFailure,
  streamAnswer,
  type AgentAnswer,
} from "@/lib/agent/run-agent";
import type { MessageRow } from "@/db/schema";
import {
  finishTurn,
  markTurnFailed,
  startTurn,
  type StartedTurn,
  type TurnRequest,
} from "./chat-turn";

/** Tells the browser which conversation the turn belongs to (a new chat learns its id here). */
export interface ConversationPart {
  id: string;
  title: string;
}

/**
 * One chat turn as an AI SDK UI message stream (the browser's endpoint). Same core
 * as the JSON endpoint: `startTurn` stores the user message before anything streams
 * (so its errors are ordinary JSON errors), and the answer is stored before the
 * stream ends; a stopped turn keeps what was said so far, marked "interrupted".
 */
export async function streamChatTurn(
  request: TurnRequest,
  abortSignal: AbortSignal,
): Promise<Response> {
  const turn = await startTurn(request);
  const stream = createUIMessageStream({
    execute: async ({ writer }) => {
      writer.write({
        type: "data-conversation",
        data: {
          id: turn.conversation.id,
          title: turn.conversation.title,
        } satisfies ConversationPart,
      });
      if (turn.replay) return writeStoredAnswer(writer, turn.replay);
      await streamAndStore(turn, writer, abortSignal);
    },
    onError: (error) => modelFailure(error).message,
  });
  return createUIMessageStreamResponse({ stream });
}

async function streamAndStore(
  turn: StartedTurn,
  writer: UIMessageStreamWriter,
  abortSignal: AbortSignal,
) {
  let partialText = "";
  let stored: Promise<unknown> | undefined;
  const store = (answer: AgentAnswer, status: "complete" | "interrupted") => {
    // Stopped (or timed out) before saying or doing anything: there is no answer to
    // keep, and the turn is left for Retry like a failed one.
    if (status === "interrupted" && !answer.text && answer.toolCalls.length === 0) return;
    stored = finishTurn(turn, answer, status);
  };
  const result = streamAnswer(
    { userId: turn.userId, messages: turn.modelMessages, abortSignal },
    {
      onChunk: ({ chunk }) => {
        if (chunk.type === "text-delta") partialText += chunk.text;
      },
      onFinish: ({ text, steps }) =>
        store({ text, toolCalls: collectToolCalls(steps) }, "complete"),
      onAbort: ({ steps }) =>
        store({ text: partialText, toolCalls: collectToolCalls(steps) }, "interrupted"),
    },
  );
  // The model's own failures arrive inside this stream: word them as the JSON endpoint does.
  writer.merge(result.toUIMessageStream({ onError: (error) => modelFailure(error).message }));
  // Wait for the model to finish (or stop), then for the answer to be stored, so a
  // client that saw the stream end can reload and find the answer in the database.
  await result.consumeStream();
  // No answer stored: the model failed, or stopped before saying anything. Mark the
  // turn so Retry takes it over.
  if (!stored) return markTurnFailed(turn);
  await stored;
}

/** A retried turn's stored answer, tool calls included, so the client shows the same cards. */
function writeStoredAnswer(
  writer: UIMessageStreamWriter,
  answer: Pick<MessageRow, "content" | "tool_calls">,
) {
  answer.tool_calls.forEach((call, index) => {
    const toolCallId = `stored-${index}`;
    writer.write({
      type: "tool-input-available",
      toolCallId,
      toolName: call.name,
      input: call.arguments,
      dynamic: true,
    });
    writer.write({ type: "tool-output-available", toolCallId, output: call.result, dynamic: true });
  });
  if (!answer.content) return;
  writer.write({ type: "text-start", id: "stored" });
  writer.write({ type: "text-delta", id: "stored", delta: answer.content });
  writer.write({ type: "text-end", id: "stored" });
}
