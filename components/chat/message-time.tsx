"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** A message's time, formatted in the reader's locale once on the client (no hydration mismatch). */
export function MessageTime({ iso, className }: { iso?: string; className?: string }) {
  const label = useSyncExternalStore(
    subscribe,
    () => (iso ? formatTime(iso) : ""),
    () => "",
  );
  if (!iso) return null;
  return (
    <time className={className} dateTime={iso} title={new Date(iso).toLocaleString()}>
      {label}
    </time>
  );
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  const sameDay = date.toDateString() === new Date().toDateString();
  return sameDay
    ? date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })
    : date.toLocaleString([], {
        month: "short",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
      });
}
