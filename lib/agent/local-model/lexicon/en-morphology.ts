import nlp from "compromise";

/**
 * English word forms. Plurals and -ing are folded by rule (enough for matching titles);
 * past tenses are recognised by their shape or the irregular table, and their base form
 * comes from `compromise`, which knows "baked" → "bake", "tidied" → "tidy" and
 * "stopped" → "stop" where stripping "-ed" would not (see
 * docs/decisions/010-local-model-lexicon.md).
 */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/**
 * "tuning" and "tune", "making" and "make": an -ing form and its base that ends in a
 * silent "e", which stripping "-ing" alone leaves apart ("tun" ≠ "tune").
 */
export function sameWord(a: string, b: string): boolean {
  const dropsE = (ing: string, base: string) =>
    ing.length > 5 && ing.endsWith("ing") && `${ing.slice(0, -3)}e` === base;
  return dropsE(a, b) || dropsE(b, a);
}

/** Irregular past tenses of task verbs ("read" too: "I read the contract"). */
const IRREGULAR: Record<string, string> = {
  bought: "buy",
  paid: "pay",
  sent: "send",
  wrote: "write",
  took: "take",
  made: "make",
  got: "get",
  ran: "run",
  met: "meet",
  gave: "give",
  fed: "feed",
  brought: "bring",
  sold: "sell",
  went: "go",
  read: "read",
  swept: "sweep",
  built: "build",
  found: "find",
  drove: "drive",
  ate: "eat",
  spoke: "speak",
  taught: "teach",
  rang: "ring",
  told: "tell",
  drew: "draw",
  flew: "fly",
  hung: "hang",
  kept: "keep",
  lent: "lend",
  rode: "ride",
  spent: "spend",
  threw: "throw",
  swam: "swim",
  dug: "dig",
  shook: "shake",
  won: "win",
  wore: "wear",
  sang: "sing",
  did: "do",
  // Past participles said after the task ("farah's notes written up", "the forms taken in").
  written: "write",
  taken: "take",
  given: "give",
  driven: "drive",
  spoken: "speak",
  drawn: "draw",
  thrown: "throw",
  ridden: "ride",
  shaken: "shake",
  eaten: "eat",
  chosen: "choose",
  gotten: "get",
};

export function baseOfPast(word: string): string | undefined {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  // "need", "feed", "speed" end in -ed without being a past tense.
  if (!/^\p{L}{2,}ed$/u.test(word) || word.endsWith("eed")) return undefined;
  return infinitive(word) ?? word.replace(/e?d$/, "");
}

/** The verb's base form, read in a neutral sentence so the word is taken as a verb. */
function infinitive(past: string): string | undefined {
  const [verb] = nlp(`i ${past} it`).verbs().json() as {
    verb?: { infinitive?: string; grammar?: { tense?: string } };
  }[];
  const base = verb?.verb?.grammar?.tense === "PastTense" ? verb.verb.infinitive : undefined;
  return base && /^\p{L}+$/u.test(base) ? base : undefined;
}
