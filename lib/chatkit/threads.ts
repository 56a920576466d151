import type { ConversationRow } from "@/db/schema";
import * as conversations from "@/lib/chat/conversation-service";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { messageIdOf, toThread, toThreadItems } from "./items";
import type { NonStreamingRequest } from "./requests";
import type { Page, Thread, ThreadItem } from "./types";

/** The reference server's page size when a request names none. */
export const DEFAULT_PAGE_SIZE = 20;
/** Larger pages are served at this size (the client follows `after` for the rest). */
export const MAX_PAGE_SIZE = 100;

type Order = "asc" | "desc";
interface PageParams {
  limit?: number | null;
  order: Order;
  after?: string | null;
}

const pageSize = (limit: number | null | undefined) =>
  Math.min(limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);

/** The non-streaming requests: each answers one JSON value. */
export function answerRequest(userId: string, request: NonStreamingRequest): Promise<unknown> {
  return inThreadTerms(() => answer(userId, request));
}

/** ChatKit calls a conversation a thread, and a message an item: so do its errors. */
export async function inThreadTerms<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof NotFoundError && error.what === "Conversation") {
      throw new NotFoundError("Thread");
    }
    if (error instanceof NotFoundError && error.what === "Message") throw new NotFoundError("Item");
    throw error;
  }
}

async function answer(userId: string, request: NonStreamingRequest): Promise<unknown> {
  switch (request.type) {
    case "threads.get_by_id": {
      const thread = await requireThread(userId, request.params.thread_id);
      // As the reference server: the thread with its first page of items, oldest first.
      const items = await listItems(userId, thread.id, { order: "asc" });
      return toThread(thread, items);
    }
    case "threads.list":
      return listThreads(userId, request.params);
    case "items.list": {
      const thread = await requireThread(userId, request.params.thread_id);
      return listItems(userId, thread.id, request.params);
    }
    case "threads.update": {
      const { thread_id, title } = request.params;
      return toThread(await conversations.renameConversation(userId, thread_id, title));
    }
    case "threads.delete":
      await conversations.deleteConversation(userId, request.params.thread_id);
      return {};
    case "items.feedback": {
      const { thread_id, item_ids, kind } = request.params;
      await conversations.saveFeedback(userId, thread_id, item_ids.map(messageIdOf), kind);
      return {};
    }
  }
}

const requireThread = (userId: string, threadId: string): Promise<ConversationRow> =>
  conversations.requireConversation(userId, threadId);

/** Threads by last activity, newest first by default; `after` is the last thread's id. */
async function listThreads(userId: string, params: PageParams): Promise<Page<Thread>> {
  const limit = pageSize(params.limit);
  const after = params.after
    ? await conversations.positionOf(userId, params.after).catch(notFoundIsBadCursor)
    : undefined;
  const rows = await conversations.listConversations(userId, {
    after,
    order: params.order,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  return {
    data: page.map((row) => toThread(row)),
    has_more: rows.length > limit,
    after: rows.length > limit ? page.at(-1)!.id : null,
  };
}

/**
 * A page of a thread's items; `after` is the last item's id. A message can be two
 * items, so the page is cut from the items, not the rows: the cursor's own row is read
 * again and its items up to the cursor dropped.
 */
export async function listItems(
  userId: string,
  threadId: string,
  params: Partial<PageParams>,
): Promise<Page<ThreadItem>> {
  const limit = pageSize(params.limit);
  const order = params.order ?? "desc";
  let afterSeq: string | undefined;
  if (params.after) {
    const message = await conversations
      .requireMessage(userId, threadId, messageIdOf(params.after))
      .catch(notFoundIsBadCursor);
    afterSeq = String(message.seq);
  }
  const rows = await conversations.listMessages(userId, threadId, {
    afterSeq,
    inclusive: true,
    order,
    // Each row is at least one item, and the cursor's row may give none.
    limit: limit + 2,
  });
  let items = rows.flatMap((row) => {
    const rowItems = toThreadItems(row);
    return order === "asc" ? rowItems : rowItems.reverse();
  });
  if (params.after) {
    const at = items.findIndex((item) => item.id === params.after);
    if (at < 0) return badCursor();
    items = items.slice(at + 1);
  }
  const page = items.slice(0, limit);
  const hasMore = items.length > limit;
  return { data: page, has_more: hasMore, after: hasMore ? page.at(-1)!.id : null };
}

const notFoundIsBadCursor = (error: unknown): never => {
  if (error instanceof NotFoundError) badCursor();
  throw error;
};

const badCursor = (): never => {
  throw new ValidationError(
    "params.after: must be an `after` value from an earlier page.",
    "params.after",
  );
};
