import type { ModelMessage } from "ai";
import * as conversations from "@/db/conversations";
import * as messages from "@/db/messages";
import type { ConversationRow, MessageRow } from "@/db/schema";
import * as usage from "@/db/usage";
import { readTurnContext, type EarlierQuestion, type TurnContext } from "@/db/turn-context";
import { env } from "@/lib/env";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assertQuotaLeft, chatQuota } from "./chat-quota";
import { toModelMessages } from "./history";
import { openingTitle } from "./topic-title";

/** A new user message for the agent to answer. */
export interface MessageTurnRequest {
  userId: string;
  conversationId?: string;
  message: string;
  /** Names the turn: a request sent again with it is answered once (exactly-once turns). */
  clientMessageId?: string;
  /**
   * For clients that cannot name a turn (ChatKit): this request repeating the
   * conversation's last user message (a new conversation's: the user's last, if it
   * opened one) stored within this many seconds is a resend of it, answered once.
   */
  resendWindowSeconds?: number;
  /**
   * The turn's "now" ("tomorrow", "at 5"): the real clock unless a caller fixes it. Only
   * the in-process evaluation does, so its dated cases mean the same day on any day.
   */
  now?: Date;
}

/** A stored user message to answer again: what came after it is deleted first. */
export interface RetryTurnRequest {
  userId: string;
  conversationId: string;
  retryMessageId: string;
}

export type TurnRequest = MessageTurnRequest | RetryTurnRequest;

/** A turn whose user message is stored and whose model input is ready. */
export interface ClaimedTurn {
  userId: string;
  conversation: ConversationRow;
  /** This request opened the conversation. */
  created: boolean;
  clientMessageId?: string;
  /** The user message being answered (stored by this request, or by an earlier try). */
  userMessage?: MessageRow;
  /** Set when this turn was answered before: the stored answer, to tell as is. */
  replay?: MessageRow;
  modelMessages: ModelMessage[];
}

const POLL_MS = 200;
/** Beyond the model's own time limit: storing the answer, tool calls, a slow database. */
const LEASE_MARGIN_SECONDS = 10;
const leaseSeconds = () => Math.ceil(env().AI_TIMEOUT_MS / 1000) + LEASE_MARGIN_SECONDS;

/**
 * Claims a turn: one read (conversation, earlier tries of this client_message_id,
 * quota, capped history), then one write (the user message). Nothing is kept in
 * memory between requests, so retries work across instances and restarts.
 */
export async function claimTurn(request: TurnRequest): Promise<ClaimedTurn> {
  if ("retryMessageId" in request) return claimRetryTurn(request);
  const { userId, conversationId } = request;
  const context = await readTurnContext(userId, {
    conversationId,
    clientMessageIds: request.clientMessageId ? [request.clientMessageId] : [],
    leaseSeconds: leaseSeconds(),
    historyLimit: env().CHAT_HISTORY_LIMIT,
    quota: chatQuota(),
    latestQuestion: request.resendWindowSeconds !== undefined,
  });
  const resent = resentQuestion(request, context);
  if (resent && (!conversationId || context.conversation)) {
    // Claimed again under the id the first send was stored with.
    return claimTurn({
      ...request,
      conversationId: resent.conversation_id,
      clientMessageId: resent.client_message_id!,
      resendWindowSeconds: undefined,
    });
  }
  if (conversationId) {
    if (!context.conversation) throw new NotFoundError("Conversation");
    return continueConversation(request, context.conversation, context);
  }
  // A retry of a first message: the client never learned the conversation's id.
  if (context.question) {
    return claimTurn({ ...request, conversationId: context.question.conversation_id });
  }
  return startConversation(request, context);
}

function resentQuestion(request: MessageTurnRequest, context: TurnContext) {
  const latest = context.latestQuestion;
  const window = request.resendWindowSeconds;
  if (!latest || window === undefined || latest.client_message_id === null) return undefined;
  const resent =
    latest.content === request.message &&
    latest.age_seconds <= window &&
    (request.conversationId !== undefined || latest.opens_conversation);
  return resent ? latest : undefined;
}

async function startConversation(
  request: MessageTurnRequest,
  context: TurnContext,
): Promise<ClaimedTurn> {
  const { userId, message, clientMessageId } = request;
  assertQuotaLeft(context.quotaWaitSeconds);
  const { conversation, message: stored } = await conversations.createConversationWithMessage(
    userId,
    openingTitle(message),
    { content: message, clientMessageId, countTurn: chatQuota() },
  );
  // The same first message sent at once by another request stored it: answer as its retry.
  if (!stored) return claimTurn({ ...request, conversationId: conversation.id });
  return {
    userId,
    conversation,
    created: true,
    clientMessageId,
    userMessage: stored,
    modelMessages: [{ role: "user", content: message }],
  };
}

async function continueConversation(
  request: MessageTurnRequest,
  conversation: ConversationRow,
  context: TurnContext,
): Promise<ClaimedTurn> {
  const { userId, message } = request;
  // A retry keeps the id its first try was stored under.
  const clientMessageId = context.question?.client_message_id ?? request.clientMessageId;
  const turn = { userId, conversation, created: false, clientMessageId };
  const ask = (history: MessageRow[]): ModelMessage[] => [
    ...toModelMessages(history),
    { role: "user", content: message },
  ];
  if (!context.question) {
    // A retry of a message that is stored already was counted when it was first sent.
    assertQuotaLeft(context.quotaWaitSeconds);
    const stored = await messages.insertMessage(userId, {
      conversationId: conversation.id,
      role: "user",
      content: message,
      clientMessageId,
      countTurn: chatQuota(),
    });
    // The history was read before the new message was stored.
    if (stored) return { ...turn, userMessage: stored, modelMessages: ask(context.history) };
  }
  // Not stored: an earlier try of this turn stored it (before our read, or since: then
  // what we read is out of date).
  const seen = context.question ? context : undefined;
  const earlier = await awaitEarlierTry(userId, conversation.id, clientMessageId!, seen);
  if (earlier.replay) {
    return { ...turn, userMessage: earlier.question, replay: earlier.replay, modelMessages: [] };
  }
  // The earlier try's user message is stored and got no answer: answer it now, without
  // storing it twice.
  const history = context.history.filter(
    (m) => !(m.role === "user" && m.client_message_id === clientMessageId),
  );
  return { ...turn, userMessage: earlier.question, modelMessages: ask(history) };
}

/**
 * A retry whose user message is stored already: the earlier try may still be running
 * (the same request sent twice at once, or a client that gave up waiting), have failed,
 * or have died with its server. Running the agent again while it runs would repeat
 * its tool calls (two tasks for one "add"), so the retry waits for that try's answer,
 * and answers itself only once the try is known to have failed (its message marked
 * interrupted, claimed by one retry alone) or its lease has run out. All of it is read
 * from the database, so it works across instances. `seen`: the context already read.
 */
async function awaitEarlierTry(
  userId: string,
  conversationId: string,
  clientMessageId: string,
  seen?: TurnContext,
): Promise<{ replay?: MessageRow; question?: EarlierQuestion }> {
  const read = () =>
    readTurnContext(userId, {
      conversationId,
      clientMessageIds: [clientMessageId],
      leaseSeconds: leaseSeconds(),
    });
  for (let context = seen ?? (await read()); ; context = await read()) {
    const { answer, question } = context;
    if (answer) return { replay: answer, question };
    // Gone (deleted meanwhile), or its try is presumed dead: this one answers.
    if (!question || question.stale) return { question };
    if (question.status === "interrupted" && (await messages.claimInterrupted(userId, question.id)))
      return { question };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * A turn that answers one of the conversation's user messages again: every message
 * after it is deleted, and the model sees the history up to and including it. Used to
 * retry an answer (ChatKit's `threads.retry_after_item`); nothing new is stored first.
 */
async function claimRetryTurn(request: RetryTurnRequest): Promise<ClaimedTurn> {
  const { userId, retryMessageId } = request;
  const quota = chatQuota();
  const context = await readTurnContext(userId, {
    conversationId: request.conversationId,
    clientMessageIds: [],
    leaseSeconds: leaseSeconds(),
    quota,
  });
  const conversation = context.conversation;
  if (!conversation) throw new NotFoundError("Conversation");
  const userMessage = await messages.findMessage(userId, conversation.id, retryMessageId);
  if (!userMessage) throw new NotFoundError("Message");
  if (userMessage.role !== "user") {
    throw new ValidationError("Only a user message can be answered again.", "item_id");
  }
  // Answering again calls the model again: it counts like a new message.
  assertQuotaLeft(context.quotaWaitSeconds);
  if (quota) await usage.countChatTurn(userId, quota.windowSeconds);
  await messages.deleteMessagesAfter(userId, conversation.id, userMessage.id);
  const history = await messages.recentMessages(userId, conversation.id, env().CHAT_HISTORY_LIMIT);
  return {
    userId,
    conversation,
    created: false,
    clientMessageId: userMessage.client_message_id ?? undefined,
    userMessage,
    modelMessages: toModelMessages(history),
  };
}
