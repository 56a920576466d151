import { UI_MESSAGE_STREAM_HEADERS, type UIMessageChunk } from "ai";
import { modelFailure } from "@/lib/agent/run-agent";
import { startTurn, type MessageTurnRequest, type StoredAnswer, type TurnEvent } from "./run-turn";

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
 *
 * The stream is written here as the protocol's server-sent events, one encoded chunk
 * per turn event, rather than through the AI SDK's `createUIMessageStream` and
 * `createUIMessageStreamResponse`: those pass every part through four web streams (the
 * writer's, JSON to SSE, keep-alive, text encoding), which cost more CPU than the rest
 * of a streamed turn (docs/performance.md). The parts are the same.
 */
export async function streamChatTurn(
  request: MessageTurnRequest,
  abortSignal: AbortSignal,
): Promise<Response> {
  const { started, events } = await startTurn(request, abortSignal);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // After the client went away, the turn still runs to its end (it stores what it
      // did); what it says is dropped.
      const send = (parts: UIMessageChunk[], end = false) => {
        let text = "";
        for (const part of parts) text += `data: ${JSON.stringify(part)}\n\n`;
        if (end) text += "data: [DONE]\n\n";
        try {
          if (text) controller.enqueue(encoder.encode(text));
          if (end) controller.close();
        } catch {
          // Cancelled by the client.
        }
      };
      void (async () => {
        const { conversation } = started;
        const translate = translator();
        send([
          {
            type: "data-conversation",
            data: { id: conversation.id, title: conversation.title } satisfies ConversationPart,
          },
          // The answer's own id, announced by the turn (the stored message has it too).
          { type: "start", messageId: started.answerId },
        ]);
        try {
          for await (const event of events) send(translate(event));
        } catch (error) {
          send([{ type: "error", errorText: modelFailure(error).message }]);
        }
        send([], true);
      })();
    },
  });
  return new Response(body, { headers: UI_MESSAGE_STREAM_HEADERS });
}

/** Turns each turn event into its stream parts; text runs between tool calls are one part each. */
function translator() {
  let count = 0;
  let open: string | undefined;
  const endText = (): UIMessageChunk[] => {
    const id = open;
    open = undefined;
    return id ? [{ type: "text-end", id }] : [];
  };
  return (event: TurnEvent): UIMessageChunk[] => {
    switch (event.type) {
      case "text-delta": {
        const parts: UIMessageChunk[] = [];
        if (!open) {
          open = `text-${count++}`;
          parts.push({ type: "text-start", id: open });
        }
        parts.push({ type: "text-delta", id: open, delta: event.text });
        return parts;
      }
      case "tool-call":
        return [
          ...endText(),
          {
            type: "tool-input-available",
            toolCallId: event.toolCallId,
            toolName: event.name,
            input: event.input,
          },
        ];
      case "tool-result":
        return [
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
        ];
      case "finished":
        return [
          ...endText(),
          ...(event.replayed ? storedAnswerParts(event.answer) : []),
          // The conversation was named after its topic: the browser's list follows.
          ...(event.title
            ? [
                {
                  type: "data-conversation" as const,
                  data: {
                    id: event.answer.conversation_id,
                    title: event.title,
                  } satisfies ConversationPart,
                },
              ]
            : []),
          { type: "finish" },
        ];
      case "failed":
        return [
          ...endText(),
          ...(event.error ? [{ type: "error" as const, errorText: event.error.message }] : []),
        ];
      case "started":
        return [];
    }
  };
}

function errorTextOf(result: unknown): string {
  const message = (result as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : "The tool failed.";
}

/** A retried turn's stored answer, tool calls included, so the client shows the same cards. */
function storedAnswerParts(answer: StoredAnswer): UIMessageChunk[] {
  const parts: UIMessageChunk[] = [];
  answer.tool_calls.forEach((call, index) => {
    const toolCallId = `stored-${index}`;
    parts.push(
      {
        type: "tool-input-available",
        toolCallId,
        toolName: call.name,
        input: call.arguments,
        dynamic: true,
      },
      { type: "tool-output-available", toolCallId, output: call.result, dynamic: true },
    );
  });
  if (answer.content) {
    parts.push(
      { type: "text-start", id: "stored" },
      { type: "text-delta", id: "stored", delta: answer.content },
      { type: "text-end", id: "stored" },
    );
  }
  return parts;
}
