import { randomUUID } from "node:crypto";
import { userTimeZone } from "@/db/accounts";
import * as conversations from "@/db/conversations";
import * as messages from "@/db/messages";
import type { ConversationRow, MessageRow, StoredToolCall } from "@/db/schema";
import { readTurnContext } from "@/db/turn-context";
import { isDatabaseUnavailable } from "@/db/unavailable";
import {
  collectToolCalls,
  modelFailure,
  streamAnswer,
  toStoredToolCall,
  type AgentAnswer,
} from "@/lib/agent/run-agent";
import { DomainError, UnavailableError } from "@/lib/errors";
import { acquireUserSlot, CHAT_TURNS } from "@/lib/server/user-slots";
import { retitle } from "./topic-title";
import { claimTurn, type ClaimedTurn, type TurnRequest } from "./turn-claim";

export type { MessageTurnRequest, RetryTurnRequest, TurnRequest } from "./turn-claim";

/** A stored answer, as the endpoints tell it. */
export type StoredAnswer = MessageRow;

/** The user message is stored (or was, by an earlier try) and the answer is on its way. */
export interface TurnStarted {
  type: "started";
  conversation: ConversationRow;
  /** This turn opened the conversation. */
  created: boolean;
  /** The user message being answered. */
  userMessage?: MessageRow;
  /** The answer's id and time, fixed now so a stream can name it before it is stored. */
  answerId: string;
  answerCreatedAt: Date;
  /** The turn was answered before: the next event is that answer, `finished`. */
  replayed: boolean;
}

export type TurnEvent =
  | TurnStarted
  | { type: "text-delta"; text: string }
  | { type: "tool-call"; toolCallId: string; name: string; input: unknown }
  | { type: "tool-result"; toolCallId: string; call: StoredToolCall; failed: boolean }
  /** The answer is stored (or, `replayed`, was stored by an earlier try). */
  | { type: "finished"; answer: StoredAnswer; replayed: boolean; title?: string }
  /**
   * No whole answer. `error` says why (none when the caller's signal stopped it); what
   * was said and done before is `kept`, stored as an interrupted answer, else the user
   * message is marked interrupted so a retry takes the turn over at once.
   */
  | { type: "failed"; error?: DomainError; kept?: StoredAnswer };

/**
 * One chat turn, from claim to stored answer, told as events. Every endpoint (JSON,
 * UI message stream, ChatKit) translates these and does nothing else with the turn:
 * 1. claim by client_message_id, read the history, store the user message
 *    (lib/chat/turn-claim.ts; its errors are thrown by the first `next()`, before any
 *    event, so an endpoint can still answer them as plain HTTP errors);
 * 2. `started`, then the agent's text and tool calls as they happen;
 * 3. `finished` once the answer is stored, or `failed` with the turn marked for retry.
 */
export async function* runTurn(
  request: TurnRequest,
  abortSignal?: AbortSignal,
): AsyncGenerator<TurnEvent, void, undefined> {
  // One of the user's chat slots (lib/server/user-slots.ts), held from the claim until
  // the answer is stored, whatever the endpoint: a streamed turn holds it until its
  // stream's last event, however the stream ends (its endpoint reads the events to the
  // end even after the client went away; the request's signal stops the turn then).
  // The rest of a flood waits in the user's line; a full line is refused (429).
  const release = await acquireUserSlot(request.userId, CHAT_TURNS);
  try {
    yield* claimedTurn(request, abortSignal);
  } finally {
    release();
  }
}

async function* claimedTurn(
  request: TurnRequest,
  abortSignal: AbortSignal | undefined,
): AsyncGenerator<TurnEvent, void, undefined> {
  const turn = await claimTurn(request);
  const replay = turn.replay;
  // The answer's name, announced now and stored with it.
  const identity = {
    id: replay?.id ?? randomUUID(),
    createdAt: new Date(replay?.created_at ?? Date.now()),
  };
  yield {
    type: "started",
    conversation: turn.conversation,
    created: turn.created,
    userMessage: turn.userMessage,
    answerId: identity.id,
    answerCreatedAt: identity.createdAt,
    replayed: replay !== undefined,
  };
  if (replay) {
    yield { type: "finished", answer: replay, replayed: true };
    return;
  }
  yield* answerTurn(turn, identity, abortSignal, "message" in request ? request.now : undefined);
}

/** Claims the turn and returns its `started` event (throwing what the claim threw) and the rest. */
export async function startTurn(
  request: TurnRequest,
  abortSignal?: AbortSignal,
): Promise<{ started: TurnStarted; events: AsyncGenerator<TurnEvent, void, undefined> }> {
  const events = runTurn(request, abortSignal);
  const first = await events.next();
  if (first.done || first.value.type !== "started")
    throw new Error("A turn starts with `started`.");
  return { started: first.value, events };
}

async function* answerTurn(
  turn: ClaimedTurn,
  identity: { id: string; createdAt: Date },
  abortSignal: AbortSignal | undefined,
  now: Date | undefined,
): AsyncGenerator<TurnEvent, void, undefined> {
  // What was said and done so far, kept if the answer does not complete.
  const said: AgentAnswer = { text: "", toolCalls: [] };
  const result = streamAnswer({
    userId: turn.userId,
    timeZone: await userTimeZone(turn.userId),
    messages: turn.modelMessages,
    abortSignal,
    now,
  });
  let failure: unknown;
  let stopped = false;
  try {
    for await (const part of result.fullStream) {
      switch (part.type) {
        case "text-delta":
          if (!part.text) break;
          said.text += part.text;
          yield { type: "text-delta", text: part.text };
          break;
        case "tool-call":
          yield {
            type: "tool-call",
            toolCallId: part.toolCallId,
            name: part.toolName,
            input: part.input,
          };
          break;
        case "tool-result":
        case "tool-error": {
          const call = toStoredToolCall(part);
          said.toolCalls.push(call);
          yield {
            type: "tool-result",
            toolCallId: part.toolCallId,
            call,
            failed: part.type === "tool-error",
          };
          break;
        }
        case "abort":
          stopped = true;
          break;
        case "error":
          throw part.error;
      }
    }
  } catch (error) {
    failure = error;
  }
  // Stopped without the caller asking: the agent's own time limit.
  if (stopped && !abortSignal?.aborted) failure ??= new Error("The model call timed out.");
  if (failure === undefined && !stopped) {
    try {
      const answer = { text: await result.text, toolCalls: collectToolCalls(await result.steps) };
      const stored = await storeAnswer(turn, answer, "complete", identity);
      const title = await topicAfter(turn, stored);
      yield { type: "finished", answer: stored, replayed: false, ...(title && { title }) };
      return;
    } catch (error) {
      failure = error;
    }
  }
  yield await failTurn(
    turn,
    said,
    identity,
    failure === undefined ? undefined : turnError(failure),
  );
}

/**
 * The conversation's new title once a turn changed tasks, while it still has the title it
 * opened with (lib/chat/topic-title.ts); undefined when it keeps its title. A failure to
 * rename loses nothing but the title.
 */
async function topicAfter(turn: ClaimedTurn, answer: StoredAnswer): Promise<string | undefined> {
  const first = turn.created ? turn.userMessage?.content : openingMessage(turn.modelMessages);
  const title = retitle(turn.conversation.title, first, answer.tool_calls);
  if (!title) return undefined;
  const renamed = await conversations
    .renameConversation(turn.userId, turn.conversation.id, title)
    .catch(() => undefined);
  return renamed?.title;
}

function openingMessage(history: ClaimedTurn["modelMessages"]): string | undefined {
  const first = history[0];
  return first?.role === "user" && typeof first.content === "string" ? first.content : undefined;
}

/** Stores the answer; when a concurrent try of the same turn answered first, that answer. */
async function storeAnswer(
  turn: ClaimedTurn,
  answer: AgentAnswer,
  status: "complete" | "interrupted",
  identity: { id: string; createdAt: Date },
): Promise<StoredAnswer> {
  const stored = await messages.insertMessage(turn.userId, {
    ...identity,
    conversationId: turn.conversation.id,
    role: "assistant",
    content: answer.text,
    toolCalls: answer.toolCalls,
    clientMessageId: turn.clientMessageId,
    status,
  });
  if (stored) return stored;
  const { answer: first } = await readTurnContext(turn.userId, {
    conversationId: turn.conversation.id,
    clientMessageIds: [turn.clientMessageId!],
    leaseSeconds: 0,
  });
  if (!first) throw new Error("An answer for this turn was stored, then deleted.");
  return first;
}

/**
 * The turn got no whole answer. Tools may have acted already, so what happened is kept
 * (marked interrupted: a retry replays it rather than acting twice); with nothing to
 * keep, the user message is marked so a retry takes the turn over at once. Best effort:
 * the database may be the failure.
 */
async function failTurn(
  turn: ClaimedTurn,
  said: AgentAnswer,
  identity: { id: string; createdAt: Date },
  error: DomainError | undefined,
): Promise<TurnEvent> {
  if (said.text || said.toolCalls.length > 0) {
    const kept = await storeAnswer(turn, said, "interrupted", identity).catch(() => undefined);
    if (kept) return { type: "failed", error, kept };
  }
  if (turn.userMessage) {
    await messages.markInterrupted(turn.userId, turn.userMessage.id).catch(() => undefined);
  }
  return { type: "failed", error };
}

/** Any failure of a turn, in the domain's words (the model's are worded for people). */
function turnError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if (isDatabaseUnavailable(error)) {
    console.error("[taskchat] database unavailable:", error);
    return new UnavailableError(
      "database",
      "The database is unavailable. Please try again shortly.",
    );
  }
  return modelFailure(error);
}
