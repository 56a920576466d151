import { redirect } from "next/navigation";
import { defaultChatRedirect } from "@/lib/chatkit/default-chat-page";

// Read CHAT_UI when serving, not when building.
export const dynamic = "force-dynamic";

export default function Home() {
  // CHAT_UI=chatkit makes OpenAI's ChatKit component the default chat page.
  const chatPage = defaultChatRedirect();
  if (chatPage) redirect(chatPage);
  return <main>Taskchat</main>;
}
