import { env } from "@/lib/env";

/** Where the built-in chat is, and where the ChatKit page is. */
export const BUILTIN_CHAT_PATH = "/";
export const CHATKIT_PATH = "/chatkit";

/**
 * Where `/` should send a visitor: nowhere (the built-in chat is `/` itself), or to the
 * ChatKit page when `CHAT_UI=chatkit`.
 */
export function defaultChatRedirect(chatUi = env().CHAT_UI): string | undefined {
  return chatUi === "chatkit" ? CHATKIT_PATH : undefined;
}
