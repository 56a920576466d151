"use client";

import { useEffect } from "react";

/**
 * Keeps the tab's title while the component is mounted. The chat switches conversations
 * in the browser, so the title the server's metadata gave the first page goes stale; and
 * React places any `<title>` it mounts later (metadata streamed in after the switch, say)
 * in front of the one there is, which would put the stale name back. Watching the head
 * re-asserts ours whenever that happens.
 */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const keep = () => {
      if (document.title !== title) document.title = title;
    };
    keep();
    const observer = new MutationObserver(keep);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
}
