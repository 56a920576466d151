import { z } from "zod";
import * as conversations from "@/db/conversations";
import * as feedback from "@/db/feedback";
import * as messages from "@/db/messages";
import type { ConversationRow, FeedbackKind, MessageRow, StoredToolCall } from "@/db/schema";
import { found, NotFoundError, ValidationError } from "@/lib/errors";
import { trimmedText } from "@/lib/validation/text";

/**
 * Conversations and their messages, for every adapter: the REST API (JSON shapes and
 * pages below) and ChatKit's thread handlers (rows, in lib/chatkit/threads.ts).
 * Missing or someone else's is a NotFoundError, whichever asks.
 */

export interface ConversationJson {
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
}

export interface MessageJson {
  id: string;
  role: "user" | "assistant";
  content: string;
  tool_calls: StoredToolCall[];
  status: "complete" | "interrupted";
  created_at: string;
}

export const RenameConversationSchema = z.strictObject({ title: trimmedText(1, 200) });

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).optional(),
  cursor: z.string().max(200).optional(),
});

export function toConversationJson(row: ConversationRow): ConversationJson {
  return {
    id: row.id,
    title: row.title,
    created_at: new Date(row.created_at).toISOString(),
    updated_at: new Date(row.updated_at).toISOString(),
  };
}

export function toMessageJson(row: MessageRow): MessageJson {
  return {
    id: row.id,
    role: row.role,
    content: row.content,
    tool_calls: row.tool_calls,
    status: row.status,
    created_at: new Date(row.created_at).toISOString(),
  };
}

export async function listConversationPage(userId: string, query: z.infer<typeof PageQuerySchema>) {
  const limit = query.limit ?? 50;
  const after = query.cursor === undefined ? undefined : decodeConversationCursor(query.cursor);
  const rows = await conversations.listConversations(userId, { after, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    conversations: page.map(toConversationJson),
    next_cursor: rows.length > limit && last ? encodeConversationCursor(last) : null,
  };
}

export async function requireConversation(userId: string, id: string): Promise<ConversationRow> {
  return found(await conversations.findConversation(userId, id), "Conversation");
}

export async function renameConversation(
  userId: string,
  id: string,
  title: string,
): Promise<ConversationRow> {
  return found(await conversations.renameConversation(userId, id, title), "Conversation");
}

export async function deleteConversation(userId: string, id: string): Promise<void> {
  if (!(await conversations.deleteConversation(userId, id))) {
    throw new NotFoundError("Conversation");
  }
}

/** A page of the user's conversations by last activity, past a cursor (see db/conversations.ts). */
export const listConversations = conversations.listConversations;

/** The cursor that continues after this conversation (ChatKit names it by id). */
export async function positionOf(
  userId: string,
  id: string,
): Promise<conversations.ConversationCursor> {
  return found(await conversations.conversationPosition(userId, id), "Conversation");
}

export async function requireMessage(
  userId: string,
  conversationId: string,
  messageId: string,
): Promise<MessageRow> {
  return found(await messages.findMessage(userId, conversationId, messageId), "Message");
}

/** A page of a conversation's messages (see db/messages.ts). */
export const listMessages = messages.listMessages;

/** The user's verdict on answers of one of their conversations; all must be theirs. */
export async function saveFeedback(
  userId: string,
  conversationId: string,
  messageIds: string[],
  kind: FeedbackKind,
): Promise<void> {
  await requireConversation(userId, conversationId);
  if (!(await feedback.saveFeedback(userId, conversationId, messageIds, kind))) {
    throw new NotFoundError("Message");
  }
}

/** Oldest first; `next_cursor` continues after the last message returned. */
export async function listMessagePage(
  userId: string,
  conversationId: string,
  query: z.infer<typeof PageQuerySchema>,
) {
  await requireConversation(userId, conversationId);
  const limit = query.limit ?? 100;
  if (query.cursor !== undefined && !/^\d{1,19}$/.test(query.cursor)) throw badCursor();
  const rows = await messages.listMessages(userId, conversationId, {
    afterSeq: query.cursor,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    messages: page.map(toMessageJson),
    next_cursor: rows.length > limit && last ? String(last.seq) : null,
  };
}

/** An opaque cursor for the conversation list (also ChatKit's `threads.list`). */
export function encodeConversationCursor(row: ConversationRow): string {
  return Buffer.from(JSON.stringify([new Date(row.updated_at).toISOString(), row.id])).toString(
    "base64url",
  );
}

/** Undefined when the cursor is not one of ours. */
export function parseConversationCursor(
  cursor: string,
): conversations.ConversationCursor | undefined {
  try {
    const [updatedAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [
      string,
      string,
    ];
    const date = new Date(updatedAt);
    if (typeof id !== "string" || Number.isNaN(date.getTime())) return undefined;
    return { updatedAt: date, id };
  } catch {
    return undefined;
  }
}

function decodeConversationCursor(cursor: string): conversations.ConversationCursor {
  const parsed = parseConversationCursor(cursor);
  if (!parsed) throw badCursor();
  return parsed;
}

const badCursor = () =>
  new ValidationError("cursor: must be a next_cursor value from an earlier page.", "cursor");
