import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChatApp } from "@/components/chat/chat-app";
import { requirePageUser } from "@/lib/auth/page-session";
import { defaultChatRedirect } from "@/lib/chatkit/default-chat-page";
import { loadChatData } from "./load-chat-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app"))("newChat") };
}

export default async function NewChatPage() {
  // CHAT_UI=chatkit makes OpenAI's ChatKit component the default chat page.
  const chatPage = defaultChatRedirect();
  if (chatPage) redirect(chatPage);
  const user = await requirePageUser();
  const data = await loadChatData(user.id);
  return <ChatApp user={user} {...data} messages={[]} />;
}
