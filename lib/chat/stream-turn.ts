import {
  createUIMessageStream,
  createUIMessageStreamResponse,
  type UIMessageStreamWriter,
} from "ai";
import { modelFailure } from "@/lib/agent/run-agent";
import { startTurn, type MessageTurnRequest, type StoredAnswer } from "./run-turn";

/** Tells the browser which conversation the turn belongs to (a new chat learns its id here). */
export interface ConversationPart {
  id: string;
  title: string;
}

/**
 * One chat turn as an AI SDK UI message stream (the browser's endpoint): the turn
 * runner's events, translated. The turn is claimed before anything streams (so its
 * errors are ordinary JSON errors), and the answer is stored before the stream ends,
 * so a client that saw the end can reload and find it.
 */
export async function streamChatTurn(
  request: MessageTurnRequest,
  abortSignal: AbortSignal,
): Promise<Response> {
  const { started, events } = await startTurn(request, abortSignal);
  const stream = createUIMessageStream({
    execute: async ({ writer }) => {
      const { conversation } = started;
      writer.write({
        type: "data-conversation",
        data: { id: conversation.id, title: conversation.title } satisfies ConversationPart,
      });
      writer.write({ type: "start" });
      const text = textBlocks(writer);
      for await (const event of events) {
        switch (event.type) {
          case "text-delta":
            text.write(event.text);
            break;
          case "tool-call":
            text.end();
            writer.write({
              type: "tool-input-available",
              toolCallId: event.toolCallId,
              toolName: event.name,
              input: event.input,
            });
            break;
          case "tool-result":
            writer.write(
              event.failed
                ? {
                    type: "tool-output-error",
                    toolCallId: event.toolCallId,
                    errorText: errorTextOf(event.call.result),
                  }
                : {
                    type: "tool-output-available",
                    toolCallId: event.toolCallId,
                    output: event.call.result,
                  },
            );
            break;
          case "finished":
            text.end();
            if (event.replayed) writeStoredAnswer(writer, event.answer);
            writer.write({ type: "finish" });
            break;
          case "failed":
            text.end();
            if (event.error) writer.write({ type: "error", errorText: event.error.message });
            break;
        }
      }
    },
    onError: (error) => modelFailure(error).message,
  });
  return createUIMessageStreamResponse({ stream });
}

/** Text parts as the stream frames them: each run of deltas between tool calls is one part. */
function textBlocks(writer: UIMessageStreamWriter) {
  let count = 0;
  let open: string | undefined;
  return {
    write(delta: string) {
      if (!open) {
        open = `text-${count++}`;
        writer.write({ type: "text-start", id: open });
      }
      writer.write({ type: "text-delta", id: open, delta });
    },
    end() {
      if (open) writer.write({ type: "text-end", id: open });
      open = undefined;
    },
  };
}

function errorTextOf(result: unknown): string {
  const message = (result as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : "The tool failed.";
}

/** A retried turn's stored answer, tool calls included, so the client shows the same cards. */
function writeStoredAnswer(writer: UIMessageStreamWriter, answer: StoredAnswer) {
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
