"use client";

import { useEffect } from "react";
import type { RichTask } from "@/components/tasks/rich-task";

/** The task number in a reminder's link (`/?task=N`, what a push notification opens). */
export function taskNumberFromLink(search: string): number | undefined {
  const value = new URLSearchParams(search).get("task");
  if (!value || !/^[1-9]\d{0,9}$/.test(value)) return undefined;
  return Number(value);
}

/**
 * Opens the task a reminder's link names, once, then drops `?task=` from the address so a
 * reload does not open it again. A task that is gone (or not this person's) opens nothing.
 */
export function useTaskLink(open: (task: RichTask) => void): void {
  useEffect(() => {
    const number = taskNumberFromLink(window.location.search);
    if (number === undefined) return;
    const url = new URL(window.location.href);
    url.searchParams.delete("task");
    window.history.replaceState(window.history.state, "", url);
    let cancelled = false;
    void fetch(`/api/tasks/${number}`, { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<RichTask>) : undefined))
      .then((task) => {
        if (task && !cancelled) open(task);
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
    // Once per page: the link is read when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
