import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChatApp } from "@/components/chat/chat-app";
import { toChatMessages } from "@/components/chat/stored-messages";
import { requirePageUser } from "@/lib/auth/page-session";
import {
  listMessagePage,
  requireConversation,
  type MessageJson,
} from "@/lib/chat/conversation-service";
import { NotFoundError } from "@/lib/errors";
import { loadChatData } from "../../load-chat-data";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requirePageUser();
  const id = await conversationIdOf(params);
  const conversation = await findOrNotFound(() => requireConversation(user.id, id));
  return { title: conversation.title };
}

export default async function ConversationPage({ params }: Props) {
  const user = await requirePageUser();
  const id = await conversationIdOf(params);
  const [data, messages] = await Promise.all([
    loadChatData(user.id),
    findOrNotFound(() => allMessages(user.id, id)),
  ]);
  return <ChatApp user={user} {...data} conversationId={id} messages={toChatMessages(messages)} />;
}

async function conversationIdOf(params: Props["params"]) {
  return (await params).id;
}

async function allMessages(userId: string, id: string): Promise<MessageJson[]> {
  const all: MessageJson[] = [];
  let cursor: string | undefined;
  do {
    const page = await listMessagePage(userId, id, { limit: 200, cursor });
    all.push(...page.messages);
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return all;
}

/** A conversation that does not exist, or is someone else's, is a 404 page. */
async function findOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
