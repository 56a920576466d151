"use client";

import { useLocale } from "next-intl";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * A message's time in the interface's language, formatted once on the client (the server
 * cannot know the reader's zone, and rendering it there would not match after hydration).
 */
export function MessageTime({ iso, className }: { iso?: string; className?: string }) {
  const locale = useLocale();
  const label = useSyncExternalStore(
    subscribe,
    () => (iso ? formatTime(iso, locale) : ""),
    () => "",
  );
  const full = useSyncExternalStore(
    subscribe,
    () => (iso ? new Date(iso).toLocaleString(locale) : ""),
    () => "",
  );
  if (!iso) return null;
  return (
    <time className={className} dateTime={iso} title={full || undefined}>
      {label}
    </time>
  );
}

function formatTime(iso: string, locale: string): string {
  const date = new Date(iso);
  const sameDay = date.toDateString() === new Date().toDateString();
  return sameDay
    ? date.toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" })
    : date.toLocaleString(locale, {
        month: "short",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
      });
}
