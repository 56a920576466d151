import type { TaskStatusFilter } from "@/lib/tasks/task-fields";

/**
 * How a message points at tasks: by number ("task 3", "#3", "tasks 2 and 4"), by
 * position in the list last shown ("the second one"), by pronoun ("it", "them"),
 * as every task of a kind ("all completed tasks"), or by words of the title.
 */
import { lexicon } from "./lexicon";
import { pattern, patternWith, source } from "./lexicon/compile";
import { en as GROUPS, type TaskGroup } from "./lexicon/groups";

export type TaskRef =
  | { kind: "numbers"; numbers: number[] }
  /** A place in the list shown: 1 is the first; a negative number counts from the end (-2 is second to last). */
  | { kind: "position"; position: number | "last" }
  /** "the first two", "first and last": positions counted from the start (1…) or the end (-1 is last). */
  | { kind: "positions"; positions: number[] }
  | { kind: "pronoun"; plural: boolean }
  /**
   * "the other one", "the other two", "the rest": the tasks the last change could also have
   * meant, less those it changed. `count`: how many were named, when a number was said.
   */
  | { kind: "others"; count?: number }
  /** "the one after that", "the next one": the task after the one just changed, in the list shown. */
  | { kind: "next" }
  /**
   * `except`: title words of tasks left out ("everything except the laundry"). `due`: the day
   * as said ("tomorrow", "kal"), for every task due that day ("everything for tomorrow").
   */
  | { kind: "all"; status: TaskStatusFilter; except?: string; due?: string }
  /**
   * `object`: the same words without their leading verb, tried when the whole do not match
   * ("got the milk" → "get milk", else "milk"). `plural`: every task that matches ("both bills").
   */
  | {
      kind: "words";
      words: string;
      object?: string;
      plural?: boolean;
      /** "the shopping ones": every task of a kind (lexicon/groups.ts), whatever its words. */
      group?: TaskGroup;
      /**
       * "menu board updated": a verb that also names edits to the list is a deed only of a
       * task that starts with it ("Update the menu board"), never of another that shares words.
       */
      ownVerb?: string;
    };

const {
  numbers: NUMBER_WORDS,
  ordinals: ORDINALS,
  except: EXCEPT_WORDS,
  ...words
} = lexicon.references;

const NUMBER = source`(?<number>\d+|${Object.keys(NUMBER_WORDS)})`;
const NUMBERED = patternWith("g")`(?:#\s*|\b${words.numberMarkers}\s*#?\s*)${NUMBER}\b`;
const PLURAL_PRONOUN = pattern`^${words.pluralPronouns}$`;
const PRONOUN = pattern`^${words.pronouns}$`;
const NEXT = pattern`^${words.next}$`;
const LAST = words.last;
const POSITION = pattern`^(?:the\s+|that\s+|this\s+)?(?:very\s+)?(?<position>${Object.keys(ORDINALS)}|${LAST}|\d+${words.ordinalSuffixes})(?:\s+(?:one|task|item|todo|entry|thing))?(?:\s+(?:on|in|from|of)\s+(?:the|my|that|this|your)\s+list)?$|^the one (?:at|on) the (?<end>top|bottom)(?: of the list)?$`;
/**
 * "second to last", "second-last", "2nd from the bottom", "last but one", "penultimate", "3rd from
 * the top":
 * a place counted from one end of the list shown.
 */
const FROM_END = pattern`^(?:the\s+)?(?:very\s+)?(?:(?<nth>${Object.keys(ORDINALS)}|\d+${words.ordinalSuffixes})(?:\s*-\s*|\s+)(?:(?:to|from)(?:\s*-\s*|\s+)(?:the\s+)?)?(?<end>${LAST}|end|top)|(?<lastButOne>${LAST}\s+but\s+one|penultimate))(?:\s+(?:one|task|item|todo|entry))?(?:\s+(?:on|in|of)\s+(?:the|my|that|this|your)\s+list)?$`;
const ONLY_NUMBER = pattern`^(?:number\s+)?${NUMBER}$`;

/** "the other one", "the other two", "the others", "the rest (of them)", "all the others". */
const OTHERS = pattern`^(?:(?:all|both)\s+(?:of\s+)?)?(?:the\s+)?(?:other(?:\s+(?<count>\d+|${Object.keys(NUMBER_WORDS)}))?(?:\s+(?<one>one|task|item)|\s+(?:ones|tasks|items))?|others|rest(?:\s+of\s+(?:them|those|these|the\s+(?:list|tasks)))?)$`;

export function toNumber(word: string): number {
  return NUMBER_WORDS[word] ?? Number(word);
}

/** Words that say nothing about which task: dropped before title matching. */
const POSSESSIVE = patternWith("g")`'s\b`;
const FILLER = patternWith("g")`\b${words.fillers}\b`;

const EXCEPT = pattern`^(?<all>.+?)\s*,?\s+${EXCEPT_WORDS}\s+(?<left>.+)$`;
const JOINED = /\s(?:and|&|n|\+)\s/u;
const BOTH = pattern`\b(?:both|all (?:the |my )?(?:two|three|four))\b\s*`;
const SOME_ORDINAL = source`(?:${Object.keys(ORDINALS)}|${LAST}|\d+${words.ordinalSuffixes})`;
const FIRST_FEW = pattern`^(?:the\s+|those\s+|these\s+)?(?<end>first|top|last|bottom)\s+(?<count>\d+|${Object.keys(NUMBER_WORDS)})(?:\s+(?:ones|tasks|items|of them))?$`;
const SEVERAL_POSITIONS = pattern`^(?:the\s+)?${SOME_ORDINAL}(?:\s+(?:one|task|item))?(?:\s*(?:,|and|&|\+)\s*(?:the\s+)?${SOME_ORDINAL}(?:\s+(?:one|task|item))?)+(?:\s+(?:ones|tasks|items))?$`;
const ORDINAL_WORD = patternWith("g")`${SOME_ORDINAL}`;

/** "number two on that list": a place in the list shown, which may skip completed tasks. */
const NUMBER_ON_LIST = pattern`^(?:number|no\.?|#)\s*${NUMBER}\s+(?:on|in|of|from)\s+(?:that|this|the|your)\s+list$`;

export function parseRef(fragment: string): TaskRef | undefined {
  const onList = fragment.trim().match(NUMBER_ON_LIST)?.groups?.number;
  if (onList) return { kind: "position", position: toNumber(onList) };
  const text = fragment
    .trim()
    .replace(/[.!?,]+$/, "")
    // "the 2nd one's done": the possessive of the reference, not a word of the title.
    .replace(/'s$/, "")
    .replace(
      /\s+(?:from|off|on|in)\s+(?:my|the)\s+(?:task\s+|todo\s+|to-do\s+)?(?:list|tasks)$/,
      "",
    )
    .trim();
  if (!text) return undefined;
  const numbers = numbersIn(text);
  if (numbers.length) return { kind: "numbers", numbers };
  const others = text.match(OTHERS)?.groups;
  if (others) {
    const count = others.count ? toNumber(others.count) : others.one ? 1 : undefined;
    return count === undefined ? { kind: "others" } : { kind: "others", count };
  }
  if (PLURAL_PRONOUN.test(text)) return { kind: "pronoun", plural: true };
  if (PRONOUN.test(text)) return { kind: "pronoun", plural: false };
  if (NEXT.test(text)) return { kind: "next" };
  const all = allRef(text) ?? allExcept(text);
  if (all) return all;
  const group = groupIn(text);
  if (group) return group;
  const about = text.match(ABOUT)?.groups?.words;
  if (about) return { kind: "words", words: about, plural: true };
  const positions = positionsIn(text);
  if (positions) return positions;
  const fromEnd = positionFromEnd(text);
  if (fromEnd) return fromEnd;
  const position = text.match(POSITION)?.groups;
  if (position) {
    const word = position.position ?? position.end!;
    const last = LAST.includes(word);
    return { kind: "position", position: last ? "last" : (ORDINALS[word] ?? parseInt(word, 10)) };
  }
  const words = text
    .replace(/"([^"]+)"/g, " $1 ")
    .replace(POSSESSIVE, "")
    .replace(FILLER, " ")
    .replace(/['"]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!words) return undefined;
  // "both bills", "all three meetings": every task those words match; "eggs and bread": each named.
  const plural = BOTH.test(words) || JOINED.test(words);
  const named = plural ? words.replace(BOTH, "").trim() : words;
  if (!named) return undefined;
  return plural ? { kind: "words", words: named, plural } : { kind: "words", words: named };
}

/** "everything except the laundry", "all of them but call mom": all, less what the words name. */
function allExcept(text: string): TaskRef | undefined {
  const found = text.match(EXCEPT)?.groups;
  if (!found) return undefined;
  const every = PLURAL_PRONOUN.test(found.all!)
    ? ({ kind: "all", status: "all" } as const)
    : allRef(found.all!);
  const left = parseRef(found.left!);
  if (every?.kind !== "all" || left?.kind !== "words") return undefined;
  return { ...every, except: left.words };
}

/** "the first two", "last 3", "first and last", "1st and 3rd": several positions in the list shown. */
function positionsIn(text: string): TaskRef | undefined {
  const few = text.match(FIRST_FEW)?.groups;
  if (few) {
    const count = toNumber(few.count!);
    if (count < 2 || count > 20) return undefined;
    const fromEnd = LAST.includes(few.end!);
    const positions = Array.from({ length: count }, (_, i) => (fromEnd ? i - count : i + 1));
    return { kind: "positions", positions };
  }
  if (!SEVERAL_POSITIONS.test(text)) return undefined;
  const positions = [...text.matchAll(ORDINAL_WORD)].map(([word]) =>
    LAST.includes(word) ? -1 : (ORDINALS[word] ?? parseInt(word, 10)),
  );
  return { kind: "positions", positions: [...new Set(positions)] };
}

function positionFromEnd(text: string): TaskRef | undefined {
  const found = text.match(FROM_END)?.groups;
  if (!found) return undefined;
  if (found.lastButOne) return { kind: "position", position: -2 };
  const nth = ORDINALS[found.nth!] ?? parseInt(found.nth!, 10);
  if (found.end === "top") return { kind: "position", position: nth };
  return { kind: "position", position: nth === 1 ? "last" : -nth };
}

/** "task 3", "#3", "tasks 2 and 4", "3", "2, 3 and 5": every number named, in order. */
function numbersIn(text: string): number[] {
  const range = text.match(
    /(?:tasks?|#|numbers?)\s*#?\s*(\d+)\s*(?:-|–|to|through|thru)\s*#?(\d+)$/,
  );
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    // A short range only: "tasks 1-3", never a thousand deletions from a typo.
    if (to > from && to - from < 50)
      return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  const named = [...text.matchAll(NUMBERED)].map((m) => toNumber(m.groups!.number!));
  if (named.length) {
    // "tasks 2 and 4": the later bare numbers belong to the same list.
    const rest = text.match(/(?:tasks?|#|numbers?)\s*#?\s*\d+((?:\s*(?:,|and|&|\+)\s*#?\s*\d+)+)$/);
    const extra = rest ? [...rest[1]!.matchAll(/\d+/g)].map((m) => Number(m[0])) : [];
    return [...new Set([...named, ...extra])];
  }
  if (/^#?\d+(?:\s*(?:,|and|&|\+)\s*#?\d+)*$/.test(text)) {
    return [...new Set([...text.matchAll(/\d+/g)].map((m) => Number(m[0])))];
  }
  if (ONLY_NUMBER.test(text)) return [toNumber(text.split(" ").at(-1)!)];
  return [];
}

const { done: DONE, pending: PENDING } = lexicon.status;
const EVERY = pattern`^(?:all|every|each|all of|all the|all my|all of my|every one of|everything|every single)\b\s*(?:of\s+)?(?:the\s+|my\s+)?(?<rest>.*)$`;
/**
 * "the whole list", "everything on my list"; "the whole database", "everything in the db": the
 * person's list is all the store they see, so the store's name is their whole list.
 */
const STORE = source`list|database|db|data`;
const WHOLE_LIST = pattern`^(?:everything|(?:the|my) (?:whole|entire) (?:${STORE})|my list|the list)(?: (?:on|in) (?:my|the) (?:${STORE}))?$`;
const OF_KIND = pattern`^(?:${[...PENDING, ...DONE]}\s*)?(?:tasks?|todos?|to-dos?|items?|ones|of them|things|(?:on|in) (?:my|the) (?:${STORE}))?(?:\s*(?:that are|which are|that's|that is|which is|i've|i have|we've)\s+\w+)?$`;
const SAYS_DONE = pattern`\b${DONE}\b`;
const SAYS_PENDING = pattern`\b${PENDING}\b`;

/** "the ones i've finished", "the tasks that are done": every task in a state, named by it. */
const ONES_IN_STATE = pattern`^(?:the\s+|those\s+)?(?:ones|tasks|things|items|stuff)\s+(?:(?:that|which)\s+)?(?:i've|i ve|i have|i|we've|we ve|we have|we|are|is|'re)\s+(?:already\s+|now\s+)?(?<state>\w+(?:\s+off)?)$`;

function allRef(text: string): TaskRef | undefined {
  const state = text.match(ONES_IN_STATE)?.groups?.state;
  if (state && (SAYS_DONE.test(state) || SAYS_PENDING.test(state)))
    return { kind: "all", status: SAYS_DONE.test(state) ? "completed" : "pending" };
  const match = text.match(EVERY);
  if (!match && !WHOLE_LIST.test(text)) return undefined;
  const rest = match?.groups!.rest ?? "";
  if (!OF_KIND.test(rest)) return undefined;
  const status = SAYS_DONE.test(rest) ? "completed" : SAYS_PENDING.test(rest) ? "pending" : "all";
  return { kind: "all", status };
}

const ORDINAL_WORDS = [...Object.keys(ORDINALS), ...LAST];
const BARE_REFS = [
  // "task 4", "#4", "number four": a number, or a marker and a number word.
  pattern`^(?:(?:task|number|no\.?|item)\s*)?#?\s*\d+$`,
  pattern`^(?:task|number|no\.?|item)\s+(?:${Object.keys(NUMBER_WORDS)})$`,
  pattern`^(?:the )?(?:${ORDINAL_WORDS}|\d+${words.ordinalSuffixes})(?: one| task| item)?(?: on the list)?$`,
  pattern`^(?:the )?.{1,40} one$`,
  // "the invoice task": with "the", never "add a task".
  pattern`^the .{1,40} task$`,
  pattern`^(?:${words.pluralPronouns}|all|either)$`,
  // "the first two", "2nd and 4th"
  FIRST_FEW,
  SEVERAL_POSITIONS,
  FROM_END,
  // "the one about the trip", "the one for ali": a task named by what it is about.
  pattern`^(?:the )?one (?:about|for|with|to|at|from|on) .{1,40}$`,
];

/** A message that is only a reference ("#3", "the second one", "the gym one"): an answer to "which one?". */
export function bareRef(said: string): TaskRef | undefined {
  // "option 2", "choice 1": a number of the choices offered, said as the question said it.
  const lower = said.replace(/^(?:option|choice)\s+(?=#?\d+$)/u, "");
  return BARE_REFS.some((looksLikeRef) => looksLikeRef.test(lower)) ? parseRef(lower) : undefined;
}

const GROUP = pattern`^(?:(?:all|both|each|every)\s+)?(?:of\s+)?(?:the\s+|my\s+|those\s+|these\s+)?(?:${NUMBER}\s+)?(?<name>${GROUPS.flatMap((g) => g.names)})\s*(?:related\s+)?(?:ones|tasks|items|stuff|things|todos|to-dos|errands|bits)$`;

/** "whatever is about the car", "anything to do with the gig": every task those words match. */
const ABOUT = pattern`^(?:whatever|anything|everything|all|any|the ones?|(?:all\s+)?(?:the\s+)?(?:tasks?|stuff|things))\s+(?:(?:that|which)\s+)?(?:(?:is|are|'s|has|have)\s+)?(?:about|to do with|related to|regarding|concerning)\s+(?<words>.+)$`;

/** "the shopping ones", "all the grocery stuff": every task of a kind. */
function groupIn(text: string): TaskRef | undefined {
  const name = text.match(GROUP)?.groups?.name;
  const group = name ? GROUPS.find((g) => g.names.includes(name)) : undefined;
  return group ? { kind: "words", words: name!, plural: true, group } : undefined;
}
