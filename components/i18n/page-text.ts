import en from "@/messages/en.json";
import ur from "@/messages/ur.json";
import { isLocale } from "@/i18n/locales";

const COMMON = { en: en.common, ur: ur.common } as const;

type CommonKey = "unreachable" | "somethingWrong" | "requestFailed";

/**
 * A few sentences for code outside React components (the fetch helpers), in the page's
 * language as the server set it on <html lang>. Components use next-intl's hooks instead.
 */
export function pageText(key: CommonKey, values: Record<string, string | number> = {}): string {
  const lang = typeof document === "undefined" ? "en" : document.documentElement.lang;
  const text = COMMON[isLocale(lang) ? lang : "en"][key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
