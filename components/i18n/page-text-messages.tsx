"use client";

import { useLocale, useMessages } from "next-intl";
import { registerPageMessages } from "./page-text";

/** Hands the provider's messages to page-text.ts, for code that runs outside components. */
export function PageTextMessages() {
  // Idempotent, so doing it while rendering is safe, and it is ready before any event handler.
  registerPageMessages(useLocale(), useMessages());
  return null;
}
