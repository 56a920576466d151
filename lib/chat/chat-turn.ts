import type { StoredToolCall } from "@/db/schema";
import { runTurn, type MessageTurnRequest, type StoredAnswer } from "./run-turn";

/** The contract's chat answer. */
export interface TurnAnswer {
  conversation_id: string;
  response: string;
  tool_calls: StoredToolCall[];
}

export function toTurnAnswer(answer: StoredAnswer): TurnAnswer {
  return {
    conversation_id: answer.conversation_id,
    response: answer.content,
    tool_calls: answer.tool_calls,
  };
}

/**
 * One whole chat turn, as the JSON endpoint serves it: the stored answer, or the
 * turn's error thrown (lib/http words it). Not tied to the request's signal: a turn
 * the client stopped waiting for still finishes and is stored, so a retry with the
 * same client_message_id gets its answer.
 */
export async function runChatTurn(request: MessageTurnRequest): Promise<TurnAnswer> {
  for await (const event of runTurn(request)) {
    if (event.type === "finished") return toTurnAnswer(event.answer);
    if (event.type === "failed") throw event.error;
  }
  throw new Error("A turn ends with `finished` or `failed`.");
}
