"use client";

import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { pageText } from "@/components/i18n/page-text";
import { loadMessages } from "./load-messages";
import type { ChatMessage } from "./stored-messages";

export interface ThreadState {
  /** Remounts the thread when a different conversation (or a fresh new chat) is shown. */
  key: string;
  conversationId?: string;
  messages: ChatMessage[];
  loading: boolean;
  error?: string;
}

export const conversationPath = (id?: string) => (id ? `/c/${id}` : "/");

function idFromPath(pathname: string): string | undefined {
  const match = /^\/c\/([^/]+)/.exec(pathname);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

/**
 * The conversation on screen, kept in step with the URL (`/` new chat, `/c/{id}`), so
 * reload and back/forward work. Switching happens in the browser: the URL changes
 * through the History API and the messages come from the conversations API.
 */
export function useActiveConversation(initial: { id?: string; messages: ChatMessage[] }) {
  const pathname = usePathname();
  const routeId = idFromPath(pathname);
  const [thread, setThread] = useState<ThreadState>({
    key: initial.id ?? "new",
    conversationId: initial.id,
    messages: initial.messages,
    loading: false,
  });
  const shown = useRef(initial.id);
  const fresh = useRef(0);

  const show = useCallback(async (id?: string) => {
    shown.current = id;
    if (!id) {
      setThread({ key: `new-${++fresh.current}`, messages: [], loading: false });
      return;
    }
    setThread({ key: id, conversationId: id, messages: [], loading: true });
    try {
      const messages = await loadMessages(id);
      if (shown.current === id)
        setThread({ key: id, conversationId: id, messages, loading: false });
    } catch (failure) {
      if (shown.current !== id) return;
      const error = failure instanceof Error ? failure.message : pageText("somethingWrong");
      setThread({ key: id, conversationId: id, messages: [], loading: false, error });
    }
  }, []);

  // Back/forward (or any other URL change) shows the conversation the URL names.
  useEffect(() => {
    if (routeId === shown.current) return;
    void show(routeId);
  }, [routeId, show]);

  /** Opens a conversation (or a new chat) as a new history entry. */
  const open = useCallback(
    (id?: string) => {
      if (id === shown.current && id !== undefined) return;
      window.history.pushState(null, "", conversationPath(id));
      void show(id);
    },
    [show],
  );

  /** The new chat on screen was given its id: name it in the URL without a reload. */
  const adopt = useCallback((id: string) => {
    shown.current = id;
    setThread((current) => ({ ...current, conversationId: id }));
    window.history.replaceState(null, "", conversationPath(id));
  }, []);

  /** The conversation on screen was deleted: a new chat takes its place. */
  const leave = useCallback(() => {
    window.history.replaceState(null, "", "/");
    void show(undefined);
  }, [show]);

  return { thread, open, adopt, leave };
}
