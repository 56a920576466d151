import type { ModelMessage } from "ai";
import * as conversations from "@/db/conversations";
import * as messages from "@/db/messages";
import type { ConversationRow, MessageRow, StoredToolCall } from "@/db/schema";
import { generateAnswer, type AgentAnswer } from "@/lib/agent/run-agent";
import { env } from "@/lib/env";
import { ApiError, notFound } from "@/lib/http/errors";
import { takeChatQuota } from "./chat-quota";
import { titleFromMessage, toModelMessages } from "./history";
import { awaitEarlierTry } from "./turn-claim";

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
  /** The user message this turn stored (absent on a replay, or when an earlier try stored it). */
  userMessage?: MessageRow;
  /** Set when this client_message_id was answered before: the stored answer, to return as is. */
  replay?: MessageRow;
}

/**
 * Steps 1-2 of the stateless flow: load the conversation's recent history from the
 * database and store the user message. Nothing is kept in memory between requests.
 */
export async function startTurn(request: TurnRequest): Promise<StartedTurn> {
  const { userId, conversationId, clientMessageId } = request;
  const conversation = conversationId
    ? await conversations.findConversation(userId, conversationId)
    : await conversationOfEarlierTry(userId, clientMessageId);
  if (conversationId && !conversation) throw notFound("Conversation");
  return conversation ? continueConversation(request, conversation) : startConversation(request);
}

/** A retry of a first message: the client never learned the conversation's id. */
async function conversationOfEarlierTry(
  userId: string,
  clientMessageId: string | undefined,
): Promise<ConversationRow | undefined> {
  if (!clientMessageId) return undefined;
  const earlier = await messages.findMessageByClientId(userId, undefined, "user", clientMessageId);
  return earlier && conversations.findConversation(userId, earlier.conversation_id);
}

async function startConversation(request: TurnRequest): Promise<StartedTurn> {
  const { userId, message, clientMessageId } = request;
  await takeChatQuota(userId);
  const { conversation, message: stored } = await conversations.createConversationWithMessage(
    userId,
    titleFromMessage(message),
    { content: message, clientMessageId },
  );
  // The same first message sent at once by another request stored it: answer as its retry.
  if (!stored) return continueConversation(request, conversation);
  return {
    userId,
    conversation,
    clientMessageId,
    userMessage: stored,
    modelMessages: [{ role: "user", content: message }],
  };
}

async function continueConversation(
  request: TurnRequest,
  conversation: ConversationRow,
): Promise<StartedTurn> {
  const { userId, message, clientMessageId } = request;
  const turn = { userId, conversation, clientMessageId };
  if (clientMessageId) {
    const answered = await messages.findMessageByClientId(
      userId,
      conversation.id,
      "assistant",
      clientMessageId,
    );
    if (answered) return { ...turn, modelMessages: [], replay: answered };
  }
  // A retry of a message that is stored already was counted when it was first sent.
  const triedBefore =
    clientMessageId &&
    (await messages.findMessageByClientId(userId, conversation.id, "user", clientMessageId));
  if (!triedBefore) await takeChatQuota(userId);
  // The history is read before the new message is stored, capped so cost stays flat
  // however long the conversation grows.
  const history = await messages.recentMessages(userId, conversation.id, env().CHAT_HISTORY_LIMIT);
  const stored = await messages.insertMessage(userId, {
    conversationId: conversation.id,
    role: "user",
    content: message,
    clientMessageId,
  });
  if (!stored) {
    const earlierTry = await awaitEarlierTry(userId, conversation.id, clientMessageId!);
    if ("replay" in earlierTry) return { ...turn, modelMessages: [], replay: earlierTry.replay };
  }
  // Not stored: this client_message_id's user message is there from an earlier try
  // that got no answer. Answer it now, without storing it twice.
  const earlier = stored
    ? history
    : history.filter((m) => !(m.role === "user" && m.client_message_id === clientMessageId));
  return {
    ...turn,
    userMessage: stored,
    modelMessages: [...toModelMessages(earlier), { role: "user", content: message }],
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
  // Answering again calls the model again: it counts like a new message.
  await takeChatQuota(userId);
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
  try {
    const answer = await generateAnswer({
      userId: turn.userId,
      messages: turn.modelMessages,
      abortSignal,
    });
    return await finishTurn(turn, answer);
  } catch (error) {
    await markTurnFailed(turn);
    throw error;
  }
}

/**
 * Marks the user message of a turn that got no answer, so a retry takes it over at
 * once instead of waiting out its lease. Best effort: the database may be the failure.
 */
export async function markTurnFailed(turn: StartedTurn): Promise<void> {
  const id = turn.userMessage?.id ?? (await findUserMessageId(turn).catch(() => undefined));
  if (!id) return;
  await messages.markInterrupted(turn.userId, id).catch(() => undefined);
}

async function findUserMessageId(turn: StartedTurn): Promise<string | undefined> {
  if (!turn.clientMessageId) return undefined;
  const row = await messages.findMessageByClientId(
    turn.userId,
    turn.conversation.id,
    "user",
    turn.clientMessageId,
  );
  return row?.id;
}
