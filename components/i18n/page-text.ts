import { createTranslator, type AbstractIntlMessages } from "next-intl";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales";
// A type only: it types the keys without bundling the file.
import type enMessages from "@/messages/en.json";

/**
 * The page's messages for code outside React components (fetch helpers, auth error wording).
 * They are handed over by <PageTextMessages /> from next-intl's provider rather than imported:
 * this module is in client bundles, and importing the message files would ship every page's
 * text in both languages with it.
 */
let pageMessages: { locale: Locale; messages: AbstractIntlMessages } | undefined;

export function registerPageMessages(locale: string, messages: AbstractIntlMessages): void {
  pageMessages = { locale: isLocale(locale) ? locale : DEFAULT_LOCALE, messages };
}

/** A translator in the page's language. Components use next-intl's hooks instead. */
export function pageTranslator() {
  return createTranslator({
    locale: pageMessages?.locale ?? DEFAULT_LOCALE,
    messages: (pageMessages?.messages ?? {}) as typeof enMessages,
    // Before the provider has rendered (never in practice): a plain sentence, not a key path.
    onError: () => {},
    getMessageFallback: () => "Something went wrong. Please try again.",
  });
}

type CommonKey = "unreachable" | "somethingWrong" | "requestFailed";

/** One of the common sentences ("Can't reach the server…") in the page's language. */
export function pageText(key: CommonKey, values: Record<string, string | number> = {}): string {
  return pageTranslator()(`common.${key}`, values);
}
