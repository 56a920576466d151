/**
 * Cleans a message the way a reader skims it: curly quotes, emoji, extra spaces,
 * "hey can you please … thanks!" around the request, and typos in the leading verb.
 * The cleaned text keeps the person's capitals (titles are their words); `lower`
 * has the same length, so a slice of one is the same slice of the other.
 */
import { lexicon } from "./lexicon";
import { oneOf, pattern, patternWith, source } from "./lexicon/compile";
import { en as schedule } from "./lexicon/schedule";

export interface Utterance {
  text: string;
  lower: string;
  /** "I need to …", "I want to …": a wish, which is a new task unless it names a command. */
  wish: boolean;
  /** Items on lines of their own ("- milk\n- eggs", "1. … 2. …"): each line is a task. */
  listed?: boolean;
  /**
   * Asked of us as the doer ("can you …", "I need you to …", "… for me"): an errand in the
   * world said this way is offered as a task rather than added (parse-talk.ts).
   */
  addressed?: boolean;
  /** Only greetings, thanks or fillers were said. */
  smalltalk?: "greet" | "thanks" | "bye";
  /**
   * A day said before a wish or as a heading ("tomorrow i need to …", "friday: gym, laundry"):
   * the day of every task the message adds, taken off the front.
   */
  day?: string;
}

const { smalltalk, politeness } = lexicon;
const GREETING = oneOf(smalltalk.greetings);
/** Praise ("you're the best") is a thank-you: said around a request, never part of it. */
const THANKS = oneOf([...smalltalk.thanks, ...smalltalk.compliments]);
/** "um", "ummm", "hm": a sound whose last letter may repeat. */
const HESITATION = politeness.hesitations.map((sound) => `${sound}+`).join("|");
const FILLER = source`(?:${[...politeness.please, ...politeness.fillers]}|${HESITATION})`;
const PLEASE = politeness.please.filter((word) => word !== "plz" && word !== "pleas");
const YOU = politeness.you;

/** "hope you're well", "sorry to bother", "when you get a chance": talk around a request. */
const ASIDE = oneOf(lexicon.chat.asides);
/** "hope your day is going well,", "hope you slept well!": a wish before the request. */
const HOPE = source`(?:i\s+)?hope\s+(?:you|u|ur|you're|youre|your|all|everything|things)\b[^,!.?;:]{0,40}[,!.;:]+`;
const LEADING = pattern`^(?:${HOPE}\s*|(?:${ASIDE}|${GREETING}|${THANKS}|${FILLER})(?:[\s,!.:;?-]+|$)|(?:would|do) you mind\s+|(?:can|could|would|will|won't|can't)\s+${YOU}\s+(?:${[...PLEASE, "maybe"]}\s+)?|(?:can|could|shall)\s+we\s+(?:${PLEASE}\s+)?|(?:are you|would you be) able to\s+|(?:can|could|may) i\s+(?:please\s+)?|i(?:'d| would) (?:like|love) (?:you|u) to\s+|i (?:want|need) (?:you|u) to\s+|help me\s+(?=remember|not forget|keep track)|(?:let's|lets|let us)\s+|go ahead and\s+|(?:(?:ugh|argh|oh|ah|hmm+)[,!.]?\s+)?(?:no|nope|nah|not yet|sorry|oops)[,!.]\s+|(?:nvm|never ?mind|no+|nope|nah)[,!.]*\s+(?=(?:${lexicon.verbs.command}|put|i|we)\b)|(?:no[,!.]?\s+)?not (?:that|this) one[,!.]?\s+|(?:no\s+)?i mean[t]?\s+|meant\s+|(?:i was talking about|i'm talking about|i meant to say)\s+|time to\s+|(?:i think\s+)?(?:you should|we should)\s+)`;
/** Adverbs around a wish ("I should probably …", "really need to …"): part of the frame, not the title. */
const WISH_ADVERB = oneOf(lexicon.wish.adverbs);
const WISH = pattern`^(?:i\s*|i'll\s+|i will\s+)?(?:${WISH_ADVERB}\s+)?(?:(?:need|ne{2,}d|have|want|ought|got|'ve got|have got|'d like|would like|'d love|would love) (?:to|2)|needa|gotta|wanna|hafta|must|should|shoudl|shuold|shold|'ve gotta|better)(?:\s*[:\-–—]\s*|\s+)(?:${WISH_ADVERB}\s+)?(?:(?:not forget|remember) to\s+)?(?!(?:i|we|you|u|be)\b)`;
/** "thanks hun", "…, dear": a word of address after a thanks, a please or a comma, never after a thing. */
const ADDRESS = source`(?:${politeness.address})`;
const TRAILING = pattern`(?:[\s,.!?;:-]+(?:(?:and|n|&)\s+)?(?:${THANKS}|${politeness.trailing}|${ASIDE})(?:\s+${ADDRESS})?\b|\s*[,.!?;:-][\s,.!?;:-]*${ADDRESS}\b)*[\s,.!?;:-]*$`;
/** The leading words that ask us to do something ourselves. */
const ASKS_US = pattern`^(?:(?:can|could|would|will|won't|can't)\s+${YOU}\b|(?:would|do) you mind|(?:are you|would you be) able to|i(?:'d| would) (?:like|love) (?:you|u) to|i (?:want|need) (?:you|u) to)`;
const FOR_ME = pattern`\bfor me\b`;
/** Text faces, ":)" ";-)" ":D" "<3" ":(", between spaces: said around a request. */
const FACES = /(?<=^|\s)(?:[:;]-?[()dpDP/]|<3|xD|XD)(?=$|[\s,.!?])/gu;
const IS_GREETING = pattern`^${GREETING}$`;
const IS_THANKS = pattern`^${THANKS}$`;
const HAS_THANKS = pattern`\b${THANKS}\b`;
/** "night night, off to work": one goodbye or several. */
const IS_BYE = pattern`^(?:${smalltalk.goodbyes})(?:[\s,!.;]+(?:${smalltalk.goodbyes}))*$`;
const IS_LEAVING = pattern`^${smalltalk.leaving}(?: now)?$`;
const MID_HESITATION = patternWith("gi")`(?<=\S)\s+(?:${HESITATION}|erm+)[,.]?(?=\s)`;
/** "just did it lol tick it off": a laugh between words ends a clause, as a comma would. */
const LAUGH_SOUNDS = lexicon.chat.laughs.filter((laugh) =>
  /^(?:lo|lm|ro|ha|he|xd)\S*$/.test(laugh),
);
const MID_LAUGH = patternWith("gi")`(?<=\p{L})\s+(?:${LAUGH_SOUNDS})[,.!]*(?=\s+\p{L})`;
const FIRST_WORD = pattern`^[a-z]+`;
const ADDRESSEE = /^[a-z]+[!.]*$/;
const ANY_WORD = patternWith("gi")`\b[a-z]+\b`;

/** ":)", ";-P", "<3", "xD": typed faces, said around a request like emoji. */
const EMOTICON = /(?<=^|\s)(?:[:;=8]'?-?[)(\]\[DPpOo3/\\|*]+|<3+|xD+|XD+|\^_?\^)(?=\s|$|[,.!?])/gu;

/** The words of one day: "tomorrow", "friday", "tmrw", not "mondays" (a repeat). */
const DAY_NAMES = [
  ...["today", "tonight", "tomorrow", "tmrw", "tmr", "weekend"],
  ...Object.keys(schedule.weekdays).filter((day) => !day.endsWith("days")),
  ...Object.entries(schedule.dateShorthand)
    .filter(([, day]) => ["today", "tonight", "tomorrow"].includes(day))
    .map(([typed]) => typed),
];
/** "tomorrow i need to …", "on friday i have to …", "next monday: …": a day leading the wish. */
const LEADING_DAY = pattern`^(?<day>(?:(?:on|this|next|for)\s+)?(?:${DAY_NAMES})(?:\s+(?:morning|afternoon|evening|night))?)(?<joint>\s*[,:\-–—]\s*|\s+)(?=\S)`;

/** "few things for today", "jobs for friday": a first line that names the day of the lines below. */
const DAY_HEADING = pattern`^(?:[\p{L}']+\s+){0,4}?(?:(?:for|on)\s+)?(?<day>(?:(?:this|next)\s+)?(?:${DAY_NAMES})(?:\s+(?:morning|afternoon|evening|night))?)\s*:?$`;

const LIST_ITEM = /^\s*(?:[-*•]|\d+[.)-])\s+\S/;
const FIRST_ITEM = /^\s*(?:[-*•]|\d+[.)-])\s+/;

/** ✅ ✔️ ☑️: a task ticked off ("✅ plumber", "dentist done ✅"). */
const CHECK_MARK = /[\u2705\u2714\u2611]\uFE0F?/gu;
const SAYS_DONE = pattern`\b${lexicon.done}\b`;

const EMOJI_BETWEEN =
  /(?<=[\p{L}\p{N}])\s+[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]+\s+(?=\p{L})/gu;

/** "1) fix fan 2) buy bulbs": a numbered list typed on one line, from 1 on. */
const INLINE_LIST = /(?:^|\s|:)1[.)-]\s+\S.*?\s2[.)-]\s+\S/;
const INLINE_NUMBER = /(?:\s+|(?<=:))(?=\d+[.)-]\s+\S)/g;

export function normalize(typed: string): Utterance {
  const headed = dayHeading(typed);
  const lines = headed ? headed.rest : typed;
  const message = INLINE_LIST.test(lines) ? lines.replace(INLINE_NUMBER, "\n") : lines;
  const checked = CHECK_MARK.test(message);
  const listed = message.split("\n").filter((line) => LIST_ITEM.test(line)).length >= 2;
  const ticked = ticksBetweenWords(headingWithColon(message, listed));
  let text = ticked.message
    .replace(CHECK_MARK, " ")
    // The first line's bullet or number, when every item has one.
    .replace(listed ? FIRST_ITEM : /$^/, "")
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E]/g, '"')
    // Lines of a pasted list become a comma-separated list.
    .replace(/\s*\n\s*(?:[-*•]|\d+[.)-])?\s*/g, ", ")
    // "got them today 🎉 tick it": an emoji between words ends a clause, as a comma would.
    .replace(EMOJI_BETWEEN, ", ")
    .replace(/[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]/gu, " ")
    .replace(EMOTICON, " ")
    .replace(FACES, " ")
    // "call the caterer um and the florist": a hesitation inside a sentence is no word of it.
    .replace(MID_HESITATION, " ")
    .replace(MID_LAUGH, ",")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[,:;\s]+/, "");
  text = restoreApostrophes(text);
  let lower = lowerOf(text);
  let said = { greet: false, thanks: false, bye: false };
  let wish = false;
  let addressed = false;
  let day = headed?.day;

  for (;;) {
    const polite = lower.match(LEADING);
    const match = polite ?? (wish ? null : lower.match(WISH));
    const dayFirst = match || wish || day ? undefined : leadingDay(lower);
    if (dayFirst) {
      day = text.slice(0, dayFirst.day.length);
      text = text.slice(dayFirst.length);
      lower = lower.slice(dayFirst.length);
      continue;
    }
    if (!match || !match[0]) {
      const slip = fillerSlip(lower);
      if (!slip) break;
      text = text.slice(slip).trimStart();
      lower = lower.slice(lower.length - text.length);
      continue;
    }
    if (!polite) wish = true;
    if (ASKS_US.test(match[0])) addressed = true;
    const word = match[0].trim().replace(/[\s,!.:;?-]+$/, "");
    if (IS_GREETING.test(word)) said.greet = true;
    if (IS_THANKS.test(word)) said.thanks = true;
    text = text.slice(match[0].length);
    lower = lower.slice(match[0].length);
  }
  // "perfect thanks chef", "cheers boss": one word after a thank-you is who is thanked.
  if (said.thanks && ADDRESSEE.test(lower)) {
    text = "";
    lower = "";
  }
  const thankedFirst = said.thanks;
  const tail = lower.match(TRAILING);
  if (tail && tail[0]) {
    if (HAS_THANKS.test(tail[0])) said.thanks = true;
    if (FOR_ME.test(tail[0])) addressed = true;
    text = text.slice(0, lower.length - tail[0].length);
    lower = lower.slice(0, text.length);
  }
  // "thank you very much, beta. god bless": the one word between two thanks is who is thanked.
  if (thankedFirst && ADDRESSEE.test(lower)) {
    text = "";
    lower = "";
  }
  // "gotta go", "I have to run": leaving, not a task called "Go".
  const leaving = wish && IS_LEAVING.test(lower);
  if (leaving || IS_BYE.test(lower)) said = { ...said, bye: true };
  // The check mark says "done" where no word does.
  if (checked && !ticked.placed && lower && !SAYS_DONE.test(lower)) {
    text = `${text} done`;
    lower = `${lower} done`;
  }
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
  return {
    text,
    lower: smalltalk === "bye" ? "" : lower,
    wish,
    smalltalk,
    ...(listed && { listed }),
    ...(addressed && { addressed }),
    ...(day && { day }),
  };
}

/**
 * "can you put these on my list\n1. …\n2. …": a first line without a bullet over the items of
 * a list is its heading, as if it ended in a colon ("add these:"), not one more item.
 */
function headingWithColon(message: string, listed: boolean): string {
  if (!listed) return message;
  const [first, ...rest] = message.split("\n");
  if (rest.length < 2 || LIST_ITEM.test(first!) || /[:,;]\s*$/u.test(first!) || !first!.trim())
    return message;
  return [`${first!.trimEnd()}:`, ...rest].join("\n");
}

/** Lines under a heading that names their day: the day, and the lines without the heading. */
function dayHeading(typed: string): { day: string; rest: string } | undefined {
  const lines = typed.trim().split(/\s*\n\s*/);
  if (lines.length < 3 || LIST_ITEM.test(lines[0]!)) return undefined;
  const first = lines[0]!;
  const day = lowerOf(first).match(DAY_HEADING)?.groups?.day;
  if (!day) return undefined;
  const start = lowerOf(first).lastIndexOf(day);
  return { day: first.slice(start, start + day.length), rest: lines.slice(1).join("\n") };
}

/**
 * A day said first, when a wish follows it ("tomorrow i need to get gas and …") or it heads
 * what follows ("friday: gym, laundry"): its words and the length to take off the front.
 */
function leadingDay(lower: string): { day: string; length: number } | undefined {
  const match = lower.match(LEADING_DAY);
  if (!match?.groups) return undefined;
  const rest = lower.slice(match[0].length);
  const heading = /[:\-–—]/.test(match.groups.joint!);
  return heading || WISH.test(rest)
    ? { day: match.groups.day!, length: match[0].length }
    : undefined;
}

const CONJUNCTION_NEXT = /^(?:and|&|n|,|;|\.)(?:\s|$)/i;

/**
 * "AWS ✅ lawyer ✅", "shop rent paid ✅ and ORS ordered": a check mark after words with more
 * words after it ticks off the words before it, there: "done" in its place (nothing where a
 * deed or a done word already says it), then "and" before the next item. A mark before or
 * after everything else is read as a whole by normalize.
 */
function ticksBetweenWords(message: string): { message: string; placed: boolean } {
  let placed = false;
  const marks = [...message.matchAll(new RegExp(CHECK_MARK.source, "gu"))];
  const inside = marks.some((mark) => {
    const before = message.slice(0, mark.index).trim();
    const after = message.slice(mark.index + mark[0].length).trim();
    return /\p{L}/u.test(before) && /\p{L}/u.test(after);
  });
  if (!inside) return { message, placed };
  const out = message.replace(CHECK_MARK, (mark, offset: number, whole: string) => {
    const before = whole.slice(0, offset).trimEnd();
    const after = whole.slice(offset + mark.length).trim();
    const previous = before.match(/([\p{L}']+)$/u)?.[1]?.toLowerCase();
    if (!previous) return " ";
    placed = true;
    const told = SAYS_DONE.test(previous) || !!lexicon.morphology.baseOfPast(previous);
    const joint = after && !CONJUNCTION_NEXT.test(after) ? " and " : " ";
    return told ? joint : ` done${joint}`;
  });
  return { message: out, placed };
}

/**
 * "ive finished", "dont need", "thats done": contractions typed without the apostrophe read
 * as the same words, so every pattern need only know the spelled one.
 */
function restoreApostrophes(text: string): string {
  return text.replace(ANY_WORD, (word) => {
    const fixed = lexicon.contractions[word.toLowerCase()];
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
  const first = lower.match(FIRST_WORD)?.[0];
  if (!first) return { text, lower };
  const replacement = lexicon.verbForms[first] ?? correctVerb(first);
  if (!replacement || replacement === first) return { text, lower };
  return {
    text: replacement + text.slice(first.length),
    lower: replacement + lower.slice(first.length),
  };
}

/** Long fillers ("finally", "actually", "alright") typed with one slip: "finaly paid the rent". */
const LONG_FILLERS = [...politeness.fillers, ...politeness.trailing, ...politeness.address].filter(
  (word) => /^[a-z]{6,}$/.test(word),
);

/** The length of a first word that is a long filler with a slip in it, with what follows it. */
function fillerSlip(lower: string): number | undefined {
  const first = lower.match(/^([a-z]{5,})[\s,!.]+(?=\S)/);
  if (!first) return undefined;
  const word = first[1]!;
  return LONG_FILLERS.some((filler) => damerauDistance(word, filler) === 1)
    ? first[0].length
    : undefined;
}

/** Words of the lexicon that are no verb: "last 2 are done" is not "list 2". */
const NOT_VERBS = new Set([
  ...lexicon.references.last,
  ...Object.keys(lexicon.references.ordinals),
  ...Object.keys(lexicon.references.numbers),
  ...lexicon.references.pronouns,
  ...lexicon.references.pluralPronouns,
  ...lexicon.politeness.fillers,
  // A task verb as typed ("shop rent paid", "lift weights") is no slip of a command verb.
  ...lexicon.verbs.action,
]);

function correctVerb(word: string): string | undefined {
  const verbs = lexicon.correctableVerbs;
  if (word.length < 4 || verbs.includes(word) || NOT_VERBS.has(word)) return undefined;
  const scored = verbs
    .map((verb) => ({ verb, distance: damerauDistance(word, verb) }))
    .filter(({ verb, distance }) => distance <= (verb.length >= 7 ? 2 : 1))
    .sort((a, b) => a.distance - b.distance);
  const best = scored.filter(({ distance }) => distance === scored[0]?.distance);
  // "finishd": "finished" and "finish" are as close; the one ending as typed wins.
  const sameEnd = best.filter(({ verb }) => verb.at(-1) === word.at(-1));
  // Only a clear winner: two verbs equally close is no correction at all.
  if (best.length > 1) return sameEnd.length === 1 ? sameEnd[0]!.verb : undefined;
  return best[0]?.verb;
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
