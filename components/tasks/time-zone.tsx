"use client";

import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { browserTimeZone } from "./rich-task";

/**
 * The person's time zone (CONTRACT.md "Rich tasks"): the account's, which "today", due
 * chips and reminders are read in. On a first visit from a browser, an account without a
 * zone (or still on the UTC default) gets the browser's, once per browser, so a zone the
 * person later chose in settings is not overwritten on every visit.
 */

const SYNCED_KEY = "taskchat.timezone-synced";

export interface Clock {
  /** The IANA zone dates are read in. */
  timeZone: string;
  /** Now, as of the last render that asked. */
  now: () => Date;
}

const ClockContext = createContext<Clock>({ timeZone: "UTC", now: () => new Date() });

export const useClock = () => useContext(ClockContext);

export function ClockProvider({ clock, children }: { clock: Clock; children: ReactNode }) {
  return <ClockContext.Provider value={clock}>{children}</ClockContext.Provider>;
}

/** Saves the account's zone; false when the server refused or is unreachable. */
export async function saveTimeZone(timeZone: string): Promise<boolean> {
  try {
    const response = await fetch("/api/account", {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ timezone: timeZone }),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/** The account's zone (UTC until read); `onSynced` runs when this visit set it from the browser. */
export function useAccountClock(onSynced?: () => void): Clock {
  const [timeZone, setTimeZone] = useState("UTC");

  useEffect(() => {
    let cancelled = false;
    const browser = browserTimeZone();
    void (async () => {
      const account = await fetch("/api/account", { cache: "no-store" })
        .then((response) =>
          response.ok ? (response.json() as Promise<{ timezone?: string }>) : null,
        )
        .catch(() => null);
      if (cancelled) return;
      // A server without the account API yet: the browser's zone is the best guess.
      if (!account) return setTimeZone(browser);
      let zone = account.timezone || "UTC";
      if (zone === "UTC" && browser !== "UTC" && !localStorage.getItem(SYNCED_KEY)) {
        if (await saveTimeZone(browser)) {
          zone = browser;
          onSynced?.();
        }
      }
      localStorage.setItem(SYNCED_KEY, "1");
      if (!cancelled) setTimeZone(zone);
    })();
    return () => {
      cancelled = true;
    };
    // Once per mount: the callback only reports.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return useMemo(() => ({ timeZone, now: () => new Date() }), [timeZone]);
}
