/**
 * The interface languages (docs/decisions/018-interface-languages.md). The locale is not
 * in the URL: it comes from the person's choice in a cookie, else the browser's
 * Accept-Language, else English. Safe to import from client and server code.
 */
export const LOCALES = ["en", "ur"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Set by the language switch in the account menu; read on every request. */
export const LOCALE_COOKIE = "taskchat-locale";

/** Each language's own name, shown in the switch as its speakers write it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ur: "اردو" };

/** The language tag for the browser's speech recognition and synthesis. */
export const SPEECH_LANGUAGES: Record<Locale, string> = { en: "en-US", ur: "ur-PK" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): "ltr" | "rtl" {
  return locale === "ur" ? "rtl" : "ltr";
}

/**
 * The best supported locale for an Accept-Language header ("ur-PK,ur;q=0.9,en;q=0.8"):
 * languages by descending q, the first whose primary subtag we have; else undefined.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      const name = (tag ?? "").trim().toLowerCase();
      return { tag: name, quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return undefined;
}

/** The interface language a request's pages are in: its cookie, else its Accept-Language. */
export function localeOfRequest(request: Request): Locale {
  const cookie = (request.headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return pickLocale(cookie, request.headers.get("accept-language"));
}

/** The cookie's choice first (the person picked it), then the browser's languages. */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}
