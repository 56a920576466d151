"use client";

import { useLocale } from "next-intl";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * A timestamp in the reader's own time zone. The server cannot know that zone, so it
 * renders the UTC date, and the browser swaps in local date and time after hydration.
 */
export function LocalTime({ iso }: { iso: string }) {
  const locale = useLocale();
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const date = new Date(iso);
  const text = inBrowser
    ? date.toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" })
    : `${iso.slice(0, 10)} UTC`;
  return <time dateTime={iso}>{text}</time>;
}
