import { describe, expect, it } from "vitest";
import { directionOf, localeFromAcceptLanguage, pickLocale } from "./locales";

describe("choosing the interface language", () => {
  it("prefers the person's stored choice over the browser's languages", () => {
    expect(pickLocale("ur", "en-US,en;q=0.9")).toBe("ur");
    expect(pickLocale("en", "ur-PK")).toBe("en");
  });

  it("falls back to the browser's best supported language", () => {
    expect(pickLocale(undefined, "ur-PK,ur;q=0.9,en;q=0.8")).toBe("ur");
    expect(pickLocale(undefined, "en-US,en;q=0.9")).toBe("en");
    expect(pickLocale(undefined, "fr-FR,ur;q=0.5,en;q=0.4")).toBe("ur");
  });

  it("orders the browser's languages by quality, not position", () => {
    expect(localeFromAcceptLanguage("en;q=0.3, ur;q=0.8")).toBe("ur");
    expect(localeFromAcceptLanguage("ur;q=0, en")).toBe("en");
  });

  it("ignores an unknown cookie value and defaults to English", () => {
    expect(pickLocale("xx", null)).toBe("en");
    expect(pickLocale(undefined, "de-DE,fr")).toBe("en");
    expect(pickLocale(undefined, "")).toBe("en");
  });

  it("lays Urdu out right to left", () => {
    expect(directionOf("ur")).toBe("rtl");
    expect(directionOf("en")).toBe("ltr");
  });
});
