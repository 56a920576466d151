import type { ModelMessage } from "ai";
import * as conversations from "@/db/conversations";
import * as messages from "@/db/messages";
import type { ConversationRow, MessageRow, StoredToolCall } from "@/db/schema";
import { generateAnswer, type AgentAnswer } from "@/lib/agent/run-agent";
import { env } from "@/lib/env";
import { ApiError, notFound } from "@/lib/http/errors";
import { titleFromMessage, toModelMessages } from "./history";

export interface TurnRequest {
  userId: string;
  conversationId?: string;
  message: string;
  clientMessageId?: string;
}

/** The contract's chat answer. */
export interface TurnAnswer {
  conversation_id: string;
  response: string;
  tool_calls: StoredToolCall[];
}

/** A turn whose user message is stored and whose model input is ready. */
export interface StartedTurn {
  userId: string;
  conversation: ConversationRow;
  clientMessageId?: string;
  modelMessages: ModelMessage[];
  /** The stored user message this turn answers (absent on a replay, or when stored by an earlier try). */
  userMessage?: MessageRow;
  /** Set when this client_message_id was answered before: the stored answer, to return as is. */
  replay?: MessageRow;
}

/**
 * Steps 1-2 of the stateless flow: load the conversation's recent history from the
 * database and store the user message. Nothing is kept in memory between requests.
 */
export async function startTurn(request: TurnRequest): Promise<StartedTurn> {
  const { userId, message, clientMessageId } = request;
  const userMessage: ModelMessage = { role: "user", content: message };

  if (!request.conversationId) {
    // A retry of a first message: the client never learned the conversation's id (the
    // first try may have failed after storing it). Continue that conversation, so a
    // retry neither opens a second one nor stores the message twice.
    const earlier =
      clientMessageId &&
      (await messages.findMessageByClientId(userId, undefined, "user", clientMessageId));
    if (earlier) return startTurn({ ...request, conversationId: earlier.conversation_id });
    const created = await conversations.createConversationWithMessage(
      userId,
      titleFromMessage(message),
      {
        content: message,
        clientMessageId,
      },
    );
    return {
      userId,
      conversation: created.conversation,
      clientMessageId,
      modelMessages: [userMessage],
      userMessage: created.message,
    };
  }

  const conversation = await conversations.findConversation(userId, request.conversationId);
  if (!conversation) throw notFound("Conversation");
  if (clientMessageId) {
    const answered = await messages.findMessageByClientId(
      userId,
      conversation.id,
      "assistant",
      clientMessageId,
    );
    if (answered)
      return { userId, conversation, clientMessageId, modelMessages: [], replay: answered };
  }
  // The history is read before the new message is stored, capped so cost stays flat
  // however long the conversation grows.
  const history = await messages.recentMessages(userId, conversation.id, env().CHAT_HISTORY_LIMIT);
  const stored = await messages.insertMessage(userId, {
    conversationId: conversation.id,
    role: "user",
    content: message,
    clientMessageId,
  });
  // Not stored: this client_message_id's user message is there from an earlier try
  // that got no answer. Answer it now, without storing it twice.
  const earlier = stored
    ? history
    : history.filter((m) => !(m.role === "user" && m.client_message_id === clientMessageId));
  return {
    userId,
    conversation,
    clientMessageId,
    modelMessages: [...toModelMessages(earlier), userMessage],
    userMessage: stored,
  };
}

/**
 * A turn that answers one of the conversation's user messages again: every message
 * after it is deleted, and the model sees the history up to and including it. Used to
 * retry an answer (ChatKit's `threads.retry_after_item`); nothing new is stored first.
 */
export async function startRetryTurn(request: {
  userId: string;
  conversationId: string;
  messageId: string;
}): Promise<StartedTurn> {
  const { userId, messageId } = request;
  const conversation = await conversations.findConversation(userId, request.conversationId);
  if (!conversation) throw notFound("Conversation");
  const userMessage = await messages.findMessage(userId, conversation.id, messageId);
  if (!userMessage) throw notFound("Message");
  if (userMessage.role !== "user") {
    throw new ApiError("VALIDATION_ERROR", "Only a user message can be answered again.", {
      field: "item_id",
    });
  }
  await messages.deleteMessagesAfter(userId, conversation.id, userMessage.id);
  const history = await messages.recentMessages(userId, conversation.id, env().CHAT_HISTORY_LIMIT);
  return { userId, conversation, modelMessages: toModelMessages(history), userMessage };
}

/** Step 4: store the answer with its tool calls (one row, written atomically). */
export async function finishTurn(
  turn: StartedTurn,
  answer: AgentAnswer,
  status: "complete" | "interrupted" = "complete",
  /** For streams that announced the answer before it was stored: its id and time. */
  identity: { id?: string; createdAt?: Date } = {},
): Promise<TurnAnswer> {
  const stored = await messages.insertMessage(turn.userId, {
    ...identity,
    conversationId: turn.conversation.id,
    role: "assistant",
    content: answer.text,
    toolCalls: answer.toolCalls,
    clientMessageId: turn.clientMessageId,
    status,
  });
  // A concurrent retry of the same turn answered first: return that one.
  const saved =
    stored ??
    (await messages.findMessageByClientId(
      turn.userId,
      turn.conversation.id,
      "assistant",
      turn.clientMessageId!,
    ));
  return toTurnAnswer(
    turn.conversation.id,
    saved ?? { content: answer.text, tool_calls: answer.toolCalls },
  );
}

export function toTurnAnswer(
  conversationId: string,
  message: Pick<MessageRow, "content" | "tool_calls">,
): TurnAnswer {
  return {
    conversation_id: conversationId,
    response: message.content,
    tool_calls: message.tool_calls,
  };
}

/** One whole chat turn, as the JSON endpoint serves it. */
export async function runChatTurn(
  request: TurnRequest,
  abortSignal?: AbortSignal,
): Promise<TurnAnswer> {
  const turn = await startTurn(request);
  if (turn.replay) return toTurnAnswer(turn.conversation.id, turn.replay);
  const answer = await generateAnswer({
    userId: turn.userId,
    messages: turn.modelMessages,
    abortSignal,
  });
  return finishTurn(turn, answer);
}
