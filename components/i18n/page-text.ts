import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales";
import en from "@/messages/en.json";
import ur from "@/messages/ur.json";

const MESSAGES = { en, ur } as const;

/** The page's language, as the server set it on <html lang> (English outside a browser). */
function pageLocale(): Locale {
  const lang = typeof document === "undefined" ? DEFAULT_LOCALE : document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

/**
 * A translator for code outside React components (fetch helpers, auth error wording), in
 * the page's language. Components use next-intl's hooks instead.
 */
export function pageTranslator() {
  const locale = pageLocale();
  return createTranslator({ locale, messages: MESSAGES[locale] });
}

type CommonKey = "unreachable" | "somethingWrong" | "requestFailed";

/** One of the common sentences ("Can't reach the server…") in the page's language. */
export function pageText(key: CommonKey, values: Record<string, string | number> = {}): string {
  return pageTranslator()(`common.${key}`, values);
}
