import type { Metadata } from "next";
import { ChatApp } from "@/components/chat/chat-app";
import { requirePageUser } from "@/lib/auth/page-session";
import { loadChatData } from "./load-chat-data";

export const metadata: Metadata = { title: "New chat" };

export default async function NewChatPage() {
  const user = await requirePageUser();
  const data = await loadChatData(user.id);
  return <ChatApp user={user} {...data} messages={[]} />;
}
