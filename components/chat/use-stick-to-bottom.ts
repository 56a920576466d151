"use client";

import { useCallback, useEffect, useRef } from "react";

/**
 * Keeps a scroll container at its bottom while content grows (a streaming answer),
 * unless the person scrolled up to read: then it stays where they are.
 */
export function useStickToBottom<T extends HTMLElement>(content: unknown) {
  const ref = useRef<T>(null);
  const atBottom = useRef(true);

  const onScroll = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 48;
  }, []);

  useEffect(() => {
    const element = ref.current;
    if (element && atBottom.current) element.scrollTop = element.scrollHeight;
  }, [content]);

  const scrollToBottom = useCallback(() => {
    atBottom.current = true;
    const element = ref.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, []);

  return { ref, onScroll, scrollToBottom };
}
