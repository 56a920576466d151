import { describe, expect, it } from "vitest";
import { lexicons, type Lexicon } from ".";

/** Every word of a lexicon with where it is: lists, and the keys of word → value tables. */
function wordsOf(lexicon: Lexicon): { where: string; word: string }[] {
  const found: { where: string; word: string }[] = [];
  const visit = (value: unknown, where: string) => {
    if (typeof value === "string") found.push({ where, word: value });
    else if (Array.isArray(value)) value.forEach((item) => visit(item, where));
    else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (typeof item === "number" || typeof item === "string") found.push({ where, word: key });
        if (typeof item !== "number") visit(item, `${where}.${key}`);
      }
    }
  };
  const words = Object.entries(lexicon).filter(
    ([key]) => key !== "language" && key !== "morphology",
  );
  visit(Object.fromEntries(words), lexicon.language);
  return found;
}

describe.each(lexicons.map((lexicon) => [lexicon.language, lexicon] as const))(
  "the %s lexicon",
  (_language, lexicon) => {
    // Lists are escaped and matched whole, so a word written as a pattern would never match.
    it("holds plain words: lowercase, single spaces, no pattern syntax", () => {
      const bad = wordsOf(lexicon).filter(
        ({ word }) =>
          word !== word.toLowerCase() ||
          word !== word.trim() ||
          word.includes("  ") ||
          /[()[\]{}|*+?^$\\]/.test(word) ||
          word === "",
      );
      expect(bad).toEqual([]);
    });

    it("leaves no list empty", () => {
      const empty = (value: unknown, where: string): string[] =>
        Array.isArray(value)
          ? value.length === 0
            ? [where]
            : []
          : value && typeof value === "object"
            ? Object.entries(value).flatMap(([key, item]) => empty(item, `${where}.${key}`))
            : [];
      expect(empty(lexicon, lexicon.language)).toEqual([]);
    });
  },
);
