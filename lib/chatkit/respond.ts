import type { StoredToolCall } from "@/db/schema";
import { MESSAGE_MAX } from "@/lib/chat/chat-request";
import { startTurn, type StoredAnswer, type TurnRequest } from "@/lib/chat/run-turn";
import { ValidationError, type DomainError } from "@/lib/errors";
import { toApiError } from "@/lib/http/errors";
import { trimmedText } from "@/lib/validation/text";
import { eventStreamResponse, type SendEvent } from "./event-stream";
import {
  outputText,
  toAssistantMessageItem,
  toThread,
  toThreadItems,
  toToolsWidgetItem,
  toUserMessageItem,
} from "./items";
import type { StreamingRequest, UserMessageInput } from "./requests";
import { inThreadTerms } from "./threads";
import { chatKitTurnKey } from "./turn-key";
import { toolProgress } from "./tool-summary";

/**
 * The streaming requests: one turn of the turn runner (lib/chat/run-turn.ts), its
 * events told as ChatKit events. The turn is claimed before the stream opens, so a
 * bad thread or a refused message is an ordinary JSON error; after that a failure is
 * an `error` event.
 */
export async function streamTurn(
  userId: string,
  request: StreamingRequest,
  httpRequest: Request,
): Promise<Response> {
  const abortSignal = httpRequest.signal;
  const { started, events } = await inThreadTerms(() =>
    startTurn(turnRequestOf(userId, request, httpRequest), abortSignal),
  );
  return eventStreamResponse(async (send) => {
    if (request.type === "threads.create") {
      send({ type: "thread.created", thread: toThread(started.conversation) });
    }
    if (request.type !== "threads.retry_after_item" && started.userMessage) {
      send({ type: "thread.item.done", item: toUserMessageItem(started.userMessage) });
    }
    send({ type: "stream_options", stream_options: { allow_cancel: true } });
    const answer = answerItems(
      send,
      started.conversation.id,
      started.answerId,
      started.answerCreatedAt,
    );
    for await (const event of events) {
      switch (event.type) {
        case "tool-call":
          send({ type: "progress_update", ...toolProgress(event.name, event.input) });
          break;
        case "tool-result":
          answer.toolResult(event.call);
          break;
        case "text-delta":
          answer.delta(event.text);
          break;
        case "finished":
          if (event.replayed) answer.replay(event.answer);
          else answer.done(event.answer);
          break;
        case "failed":
          // Stopped by the client: nobody is listening.
          if (event.error) send(errorEvent(event.error));
          break;
      }
    }
  });
}

function turnRequestOf(
  userId: string,
  request: StreamingRequest,
  httpRequest: Request,
): TurnRequest {
  switch (request.type) {
    case "threads.create": {
      const message = messageText(request.params.input);
      return { userId, message, ...chatKitTurnKey(httpRequest) };
    }
    case "threads.add_user_message": {
      const message = messageText(request.params.input);
      const conversationId = request.params.thread_id;
      return {
        userId,
        conversationId,
        message,
        ...chatKitTurnKey(httpRequest),
      };
    }
    case "threads.retry_after_item":
      return {
        userId,
        conversationId: request.params.thread_id,
        retryMessageId: request.params.item_id,
      };
  }
}

const MessageSchema = trimmedText(1, MESSAGE_MAX);

/**
 * The text we store for a ChatKit message: its text and tag parts in order, with the
 * quoted text it replies to (if any) as a Markdown quote above it; held to the same
 * rules as every chat message (lib/validation/text.ts).
 */
export function messageText(input: UserMessageInput): string {
  const text = input.content
    .map((part) => part.text)
    .join("")
    .trim();
  if (!text) throw inputError("must contain some text");
  const quoted = input.quoted_text?.trim();
  const parsed = MessageSchema.safeParse(
    quoted ? `> ${quoted.replace(/\n/g, "\n> ")}\n\n${text}` : text,
  );
  if (!parsed.success) throw inputError(parsed.error.issues[0]!.message);
  return parsed.data;
}

const inputError = (problem: string) =>
  new ValidationError(`params.input.content: ${problem}`, "params.input.content");

/**
 * The answer's items as the protocol tells them: a widget summarising the tool calls
 * before the text (replaced as more calls finish), then the assistant message (added →
 * content part added → text deltas → content part done → done). Its id, announced up
 * front, is the stored message's.
 */
function answerItems(send: SendEvent, threadId: string, answerId: string, createdAt: Date) {
  const calls: StoredToolCall[] = [];
  let widgetSent = false;
  let messageStarted = false;

  const sendWidget = () => {
    if (calls.length === 0) return;
    const item = toToolsWidgetItem(answerId, threadId, createdAt, calls);
    send(widgetSent ? { type: "thread.item.replaced", item } : { type: "thread.item.done", item });
    widgetSent = true;
  };
  const startMessage = () => {
    if (messageStarted) return;
    messageStarted = true;
    if (!widgetSent) sendWidget();
    send({
      type: "thread.item.added",
      item: toAssistantMessageItem(answerId, threadId, createdAt, undefined),
    });
    send({
      type: "thread.item.updated",
      item_id: answerId,
      update: {
        type: "assistant_message.content_part.added",
        content_index: 0,
        content: outputText(""),
      },
    });
  };

  return {
    toolResult(call: StoredToolCall) {
      calls.push(call);
      if (widgetSent) sendWidget();
    },
    delta(text: string) {
      startMessage();
      send({
        type: "thread.item.updated",
        item_id: answerId,
        update: {
          type: "assistant_message.content_part.text_delta",
          content_index: 0,
          delta: text,
        },
      });
    },
    done(answer: StoredAnswer) {
      // An answer that is only tool calls is only the card, as it reads back later.
      if (!answer.content && calls.length > 0) {
        if (!widgetSent) sendWidget();
        return;
      }
      startMessage();
      send({
        type: "thread.item.updated",
        item_id: answerId,
        update: {
          type: "assistant_message.content_part.done",
          content_index: 0,
          content: outputText(answer.content),
        },
      });
      send({
        type: "thread.item.done",
        item: toAssistantMessageItem(answerId, threadId, createdAt, answer.content),
      });
    },
    /** An answer stored by an earlier try of this turn: its items as they read back. */
    replay(answer: StoredAnswer) {
      for (const item of toThreadItems(answer)) {
        send({ type: "thread.item.done", item });
      }
    },
  };
}

/**
 * A failure inside a stream, as the protocol's `error` event. Our own errors carry a
 * sentence a person can act on (code `custom`); anything unexpected is the protocol's
 * generic `stream.error`. Either way the client may retry (the user message is kept).
 */
function errorEvent(error: DomainError) {
  const failure = toApiError(error);
  const code = failure.code === "INTERNAL_ERROR" ? "stream.error" : "custom";
  return { type: "error", code, message: failure.message, allow_retry: true } as const;
}
