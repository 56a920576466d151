"use client";

import { useMemo } from "react";
import { ClockProvider } from "@/components/tasks/time-zone";
import { Reminders } from "./reminders";

/**
 * The bell and toasts on a page without the chat's clock (settings): reminder times are
 * written in the account's zone, read by the page on the server.
 */
export function PageReminders({ timeZone }: { timeZone: string }) {
  const clock = useMemo(() => ({ timeZone, now: () => new Date() }), [timeZone]);
  return (
    <ClockProvider clock={clock}>
      <Reminders />
    </ClockProvider>
  );
}
