"use client";

import { useCallback, useState } from "react";
import { fetchJson } from "@/components/ui/fetch-json";
import type { ConversationJson } from "@/lib/chat/conversation-service";

/** The person's conversations, newest first, with rename and delete through the API. */
export function useConversations(initial: ConversationJson[]) {
  const [conversations, setConversations] = useState(initial);

  /** A conversation just got a message: it moves to the top (added if new; a title renames it). */
  const touch = useCallback((id: string, title?: string) => {
    setConversations((all) => {
      const now = new Date().toISOString();
      const existing = all.find((c) => c.id === id);
      if (!existing && title === undefined) return all;
      const updated: ConversationJson = existing
        ? { ...existing, updated_at: now, ...(title !== undefined && { title }) }
        : { id, title: title ?? "", created_at: now, updated_at: now };
      return [updated, ...all.filter((c) => c.id !== id)];
    });
  }, []);

  /** Re-reads the list (e.g. a new chat stopped before the server told us its id). */
  const reload = useCallback(async () => {
    const page = await fetchJson<{ conversations: ConversationJson[] }>(
      "/api/conversations?limit=100",
      { cache: "no-store" },
    ).catch(() => undefined);
    if (page) setConversations(page.conversations);
  }, []);

  const rename = useCallback(async (id: string, title: string) => {
    const renamed = await fetchJson<ConversationJson>(
      `/api/conversations/${encodeURIComponent(id)}`,
      {
        method: "PATCH",
        json: { title },
      },
    );
    setConversations((all) => all.map((c) => (c.id === id ? { ...c, title: renamed.title } : c)));
  }, []);

  const remove = useCallback(async (id: string) => {
    await fetchJson<void>(`/api/conversations/${encodeURIComponent(id)}`, { method: "DELETE" });
    setConversations((all) => all.filter((c) => c.id !== id));
  }, []);

  return { conversations, touch, reload, rename, remove };
}
