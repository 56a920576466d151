"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ToastMemory, toastCandidates, type ReminderNotification } from "./notifications";

/** How often the open, visible app asks for new reminders (one small GET). */
export const POLL_INTERVAL_MS = 15_000;

/**
 * The person's delivered reminders, read from `GET /api/notifications` while the app is
 * open: every POLL_INTERVAL_MS while the tab is visible, and at once when it comes back
 * into view or focus. A hidden tab asks nothing. New unread ones become toasts, once per
 * browser (ToastMemory).
 */
export function useNotifications() {
  const [notifications, setNotifications] = useState<ReminderNotification[]>([]);
  const [toasts, setToasts] = useState<ReminderNotification[]>([]);
  const polling = useRef(false);

  const poll = useCallback(async () => {
    if (polling.current) return;
    polling.current = true;
    try {
      const response = await fetch("/api/notifications", { cache: "no-store" });
      // Signed out or a server without reminders: nothing to show, nothing to say.
      if (!response.ok) return;
      const body = (await response.json()) as { notifications?: ReminderNotification[] };
      const list = body.notifications ?? [];
      setNotifications(list);
      const memory = new ToastMemory(window.localStorage);
      const fresh = toastCandidates(list, memory.shown(), new Date());
      if (fresh.length === 0) return;
      memory.remember(fresh.map((n) => n.id));
      setToasts((current) => [...current, ...fresh]);
    } catch {
      // Offline for a moment: the next poll tries again.
    } finally {
      polling.current = false;
    }
  }, []);

  useEffect(() => {
    // Right after mounting (a timer: the first read's answer sets state, never the effect).
    const first = window.setTimeout(() => void poll(), 0);
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") void poll();
    }, POLL_INTERVAL_MS);
    const onVisible = () => {
      if (document.visibilityState === "visible") void poll();
    };
    const onFocus = () => void poll();
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", onFocus);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("focus", onFocus);
    };
  }, [poll]);

  /** Marks notifications read here at once and on the server (best effort). */
  const markRead = useCallback((ids: Array<string | number>) => {
    if (ids.length === 0) return;
    const wanted = new Set(ids.map(String));
    const now = new Date().toISOString();
    setNotifications((list) =>
      list.map((n) => (wanted.has(String(n.id)) && !n.read_at ? { ...n, read_at: now } : n)),
    );
    for (const id of wanted) {
      void fetch(`/api/notifications/${encodeURIComponent(id)}/read`, { method: "POST" }).catch(
        () => {},
      );
    }
  }, []);

  const dismissToast = useCallback((id: string | number) => {
    setToasts((current) => current.filter((n) => String(n.id) !== String(id)));
  }, []);

  return { notifications, toasts, markRead, dismissToast, poll };
}
