/**
 * Builds regular expressions from a lexicon's words for any script. Patterns are
 * written as tagged templates (`pattern\`^${lexicon.verbs.add}\s+(?<title>.+)$\``):
 * a word list becomes an alternation, longest first and escaped, and the ASCII-only
 * parts of regex syntax are swapped for Unicode ones, so "\b" and "\w" know Urdu
 * letters as well as English ones. Every pattern gets the `u` flag.
 */

/** A letter, combining mark, digit or underscore: what `\w` means, in every script. */
const WORD_CHAR = String.raw`\p{L}\p{M}\p{N}_`;
const WORD = `[${WORD_CHAR}]`;
/** `\b`, exactly as JavaScript defines it, with WORD for `\w`. */
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;

export type Part = string | number | readonly string[];

/** A list of words or phrases as one group, longest first ("thank you so much" before "thank you"). */
export function oneOf(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(escape).join("|")})`;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Pattern source from a template: word lists become `oneOf`, strings are inserted as written. */
export function source(strings: TemplateStringsArray, ...parts: Part[]): string {
  return String.raw(
    strings,
    ...parts.map((part) => (Array.isArray(part) ? oneOf(part) : String(part))),
  );
}

/** A compiled pattern (flags added to `u`). */
export function pattern(strings: TemplateStringsArray, ...parts: Part[]): RegExp {
  return compile(source(strings, ...parts));
}

/** Like `pattern`, with more flags: `patternWith("g")\`…\``. */
export function patternWith(flags: string) {
  return (strings: TemplateStringsArray, ...parts: Part[]): RegExp =>
    compile(source(strings, ...parts), flags);
}

/** Compiles a source with Unicode word characters and boundaries. */
export function compile(text: string, flags = ""): RegExp {
  return new RegExp(unicodeWords(text), `${flags}u`);
}

/** Rewrites `\b`, `\w`, `\W` and `[a-z]` for any script, leaving everything else as written. */
function unicodeWords(text: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === "\\") {
      const next = text[i + 1];
      i++;
      if (next === "w") out += inClass ? WORD_CHAR : WORD;
      else if (next === "W" && !inClass) out += `[^${WORD_CHAR}]`;
      else if (next === "b" && !inClass) out += BOUNDARY;
      else out += `\\${next}`;
    } else if (!inClass && text.startsWith("[a-z]", i)) {
      out += String.raw`\p{L}`;
      i += 4;
    } else {
      if (char === "[") inClass = true;
      else if (char === "]") inClass = false;
      out += char;
    }
  }
  return out;
}

/**
 * Every phrase made by picking one word from each slot, in order:
 * `phrases("the one", ["i", "you"], "just", ["added", "made"])` → "the one i just added", …
 */
export function phrases(...slots: (string | readonly string[])[]): string[] {
  return slots.reduce<string[]>(
    (made, slot) =>
      made.flatMap((start) =>
        (typeof slot === "string" ? [slot] : slot).map((word) => `${start} ${word}`.trim()),
      ),
    [""],
  );
}
