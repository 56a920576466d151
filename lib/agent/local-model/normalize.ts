/**
 * Cleans a message the way a reader skims it: curly quotes, emoji, extra spaces,
 * "hey can you please … thanks!" around the request, and typos in the leading verb.
 * The cleaned text keeps the person's capitals (titles are their words); `lower`
 * has the same length, so a slice of one is the same slice of the other.
 */
export interface Utterance {
  text: string;
  lower: string;
  /** "I need to …", "I want to …": a wish, which is a new task unless it names a command. */
  wish: boolean;
  /** Only greetings, thanks or fillers were said. */
  smalltalk?: "greet" | "thanks" | "bye";
}

/** Longest first, so "thank you so much" is taken whole rather than as "thank you". */
const longestFirst = (words: string) =>
  words
    .split("|")
    .sort((a, b) => b.length - a.length)
    .join("|");

const GREETING = longestFirst(
  String.raw`hi|hello|hey|hiya|howdy|yo|heya|greetings|good morning|good afternoon|good evening|good day|hey there|hi there|hello there|morning|evening|how are you|how are you doing|how's it going|hows it going|how do you do`,
);
const THANKS = longestFirst(
  String.raw`thanks|thank you|thank u|thanks a lot|thanks so much|thank you so much|many thanks|thx|ty|tysm|cheers|much appreciated|appreciate it|nice one|great job|well done`,
);
const BYE = longestFirst(
  String.raw`bye|goodbye|good bye|see you|see ya|cya|later|good night|that's all|thats all|that is all|nothing else|i'm done|im done|that's it|thats it|nothing|nah i'm good|i'm good|im good|all good|no thanks|no thank you`,
);
const FILLER = longestFirst(
  String.raw`please|pls|plz|pleas|kindly|ok|okay|k|kk|so|and|also|now|then|oh|um+|uh+|hm+|well|alright|all right|right|actually|just|quick|quickly|great|cool|nice|perfect|awesome|sweet|good|sorry|oops|wait|hmm|sure|yes|yeah|yep|lol|yay|woohoo|hooray|phew|finally`,
);

const LEADING = new RegExp(
  String.raw`^(?:(?:${GREETING}|${THANKS}|${FILLER})(?:[\s,!.:;?-]+|$)|(?:can|could|would|will|won't|can't)\s+(?:you|u|ya)\s+(?:please\s+|pls\s+|kindly\s+|maybe\s+)?|(?:would|do) you mind\s+|(?:are you|would you be) able to\s+|(?:can|could|may) i\s+(?:please\s+)?|i(?:'d| would) (?:like|love) (?:you|u) to\s+|i (?:want|need) (?:you|u) to\s+|help me\s+(?=remember|not forget|keep track)|(?:let's|lets|let us)\s+|go ahead and\s+|(?:no|nope|sorry|oops)[,!.]\s+|(?:no\s+)?i mean[t]?\s+|(?:i was talking about|i'm talking about|i meant to say)\s+|time to\s+|(?:i think\s+)?(?:you should|we should)\s+)`,
);
/** Adverbs around a wish ("I should probably …", "really need to …"): part of the frame, not the title. */
const WISH_ADVERB = String.raw`(?:really|still|also|definitely|probably|prob|just|seriously|totally|honestly|kinda|kind of|def)`;
const WISH = new RegExp(
  String.raw`^(?:i\s*|i'll\s+|i will\s+)?(?:${WISH_ADVERB}\s+)?(?:(?:need|ne{2,}d|have|want|ought|got|'ve got|have got|'d like|would like|'d love|would love) (?:to|2)|needa|gotta|wanna|hafta|must|should|shoudl|shuold|shold|'ve gotta|better)(?:\s*[:\-–—]\s*|\s+)(?:${WISH_ADVERB}\s+)?(?:(?:not forget|remember) to\s+)?(?!(?:i|we|you|u|be)\b)`,
);
const TRAILING = new RegExp(
  String.raw`(?:[\s,.!;:-]+(?:and\s+)?(?:please|pls|plz|${THANKS}|thanks in advance|in advance|for me|if you can|if you could|if possible|would you|will you|could you|real quick|quickly|now|asap please|ok|okay|mate|buddy|lol)\b)*[\s,.!?;:-]*$`,
);

/** Common misspellings are caught by edit distance; these are the verbs worth fixing. */
const VERBS = [
  "add",
  "create",
  "delete",
  "remove",
  "complete",
  "finish",
  "finished",
  "completed",
  "rename",
  "change",
  "update",
  "show",
  "list",
  "display",
  "mark",
  "cancel",
  "remind",
  "erase",
  "edit",
];
const GERUNDS: Record<string, string> = {
  // Too short for edit distance, too common to miss.
  ad: "add",
  addd: "add",
  // Three letters are too few for edit distance ("how" is one slip from "show"): known slips only.
  shw: "show",
  sho: "show",
  lst: "list",
  mrk: "mark",
  dlt: "delete",
  del: "delete",
  rmv: "remove",
  adding: "add",
  creating: "create",
  deleting: "delete",
  removing: "remove",
  completing: "complete",
  finishing: "finish",
  marking: "mark",
  showing: "show",
  listing: "list",
  renaming: "rename",
  changing: "change",
  updating: "update",
  editing: "edit",
  putting: "put",
  checking: "check",
  telling: "tell",
  giving: "give",
  reminding: "remind",
};

export function normalize(message: string): Utterance {
  let text = message
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E]/g, '"')
    // Lines of a pasted list become a comma-separated list.
    .replace(/\s*\n\s*(?:[-*•]|\d+[.)])?\s*/g, ", ")
    .replace(/[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[,:;\s]+/, "");
  text = restoreApostrophes(text);
  let lower = lowerOf(text);
  let said = { greet: false, thanks: false, bye: false };
  let wish = false;

  for (;;) {
    const polite = lower.match(LEADING);
    const match = polite ?? (wish ? null : lower.match(WISH));
    if (!match || !match[0]) break;
    if (!polite) wish = true;
    const word = match[0].trim().replace(/[\s,!.:;?-]+$/, "");
    if (new RegExp(`^(?:${GREETING})$`).test(word)) said.greet = true;
    if (new RegExp(`^(?:${THANKS})$`).test(word)) said.thanks = true;
    text = text.slice(match[0].length);
    lower = lower.slice(match[0].length);
  }
  const tail = lower.match(TRAILING);
  if (tail && tail[0]) {
    if (new RegExp(`\\b(?:${THANKS})\\b`).test(tail[0])) said.thanks = true;
    text = text.slice(0, lower.length - tail[0].length);
    lower = lower.slice(0, text.length);
  }
  // "gotta go", "I have to run": leaving, not a task called "Go".
  const leaving = wish && /^(?:go|run|leave|head out|get going|bounce)(?: now)?$/.test(lower);
  if (leaving || new RegExp(`^(?:${BYE})$`).test(lower)) said = { ...said, bye: true };
  const fixed = fixLeadingVerb(text, lower);
  text = fixed.text;
  lower = fixed.lower;
  const smalltalk = said.bye
    ? "bye"
    : lower
      ? undefined
      : said.thanks
        ? "thanks"
        : said.greet
          ? "greet"
          : undefined;
  return { text, lower: smalltalk === "bye" ? "" : lower, wish, smalltalk };
}

/**
 * "ive finished", "dont need", "thats done": contractions typed without the apostrophe read
 * as the same words, so every pattern need only know the spelled one. Only words that are
 * never anything else ("its", "wont", "were" are real words and stay as typed).
 */
const CONTRACTIONS: Record<string, string> = {
  ive: "i've",
  im: "i'm",
  dont: "don't",
  didnt: "didn't",
  doesnt: "doesn't",
  cant: "can't",
  isnt: "isn't",
  arent: "aren't",
  wasnt: "wasn't",
  havent: "haven't",
  thats: "that's",
  whats: "what's",
  theres: "there's",
};
function restoreApostrophes(text: string): string {
  return text.replace(/\b[a-z]+\b/gi, (word) => {
    const fixed = CONTRACTIONS[word.toLowerCase()];
    if (!fixed) return word;
    return word[0] === word[0]!.toUpperCase() ? fixed[0]!.toUpperCase() + fixed.slice(1) : fixed;
  });
}

function lowerOf(text: string): string {
  const lower = text.toLowerCase();
  // A few characters change length when lowercased; then the original case is lost, not the text.
  return lower.length === text.length ? lower : text;
}

function fixLeadingVerb(text: string, lower: string): { text: string; lower: string } {
  const first = lower.match(/^[a-z]+/)?.[0];
  if (!first) return { text, lower };
  const replacement = GERUNDS[first] ?? correctVerb(first);
  if (!replacement || replacement === first) return { text, lower };
  return {
    text: replacement + text.slice(first.length),
    lower: replacement + lower.slice(first.length),
  };
}

function correctVerb(word: string): string | undefined {
  if (word.length < 4 || VERBS.includes(word)) return undefined;
  const scored = VERBS.map((verb) => ({ verb, distance: damerauDistance(word, verb) }))
    .filter(({ verb, distance }) => distance <= (verb.length >= 7 ? 2 : 1))
    .sort((a, b) => a.distance - b.distance);
  // Only a clear winner: two verbs equally close is no correction at all.
  if (scored.length > 1 && scored[0]!.distance === scored[1]!.distance) return undefined;
  return scored[0]?.verb;
}

/** Edits, counting a swap of two neighbouring letters ("shwo") as one. */
export function damerauDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}
