import { describe, expect, it } from "vitest";
import { directionOf, localeFromAcceptLanguage, localeOfRequest, pickLocale } from "./locales";

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

  it("reads a request's language as its pages do: the cookie, then Accept-Language", () => {
    const request = (headers: Record<string, string>) =>
      new Request("http://localhost/api/push/subscriptions", { headers });
    expect(localeOfRequest(request({ cookie: "a=1; taskchat-locale=ur; b=2" }))).toBe("ur");
    expect(
      localeOfRequest(request({ cookie: "taskchat-locale=en", "accept-language": "ur" })),
    ).toBe("en");
    expect(localeOfRequest(request({ "accept-language": "ur-PK,en;q=0.5" }))).toBe("ur");
    expect(localeOfRequest(request({ cookie: "xtaskchat-locale=ur" }))).toBe("en");
    expect(localeOfRequest(request({}))).toBe("en");
  });

  it("lays Urdu out right to left", () => {
    expect(directionOf("ur")).toBe("rtl");
    expect(directionOf("en")).toBe("ltr");
  });
});
