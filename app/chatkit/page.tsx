import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChatKitPanel } from "@/components/chatkit/chatkit-panel";
import { auth } from "@/lib/auth/auth";
import { pageRequestHeaders } from "@/lib/auth/page-session";
import { env } from "@/lib/env";
import { ensureDatabaseReady } from "@/db/ready";

export const metadata: Metadata = { title: "ChatKit" };

/** OpenAI's ChatKit component over our own `/api/chatkit` backend. */
export default async function ChatKitPage() {
  const requestHeaders = await pageRequestHeaders(); // First: this page is never prerendered.
  await ensureDatabaseReady();
  const session = await auth().api.getSession({ headers: requestHeaders });
  if (!session) redirect("/sign-in");
  return <ChatKitPanel domainKey={env().NEXT_PUBLIC_CHATKIT_DOMAIN_KEY} />;
}
