import type { TaskStatusFilter } from "@/lib/tasks/task-fields";

/**
 * How a message points at tasks: by number ("task 3", "#3", "tasks 2 and 4"), by
 * position in the list last shown ("the second one"), by pronoun ("it", "them"),
 * as every task of a kind ("all completed tasks"), or by words of the title.
 */
export type TaskRef =
  | { kind: "numbers"; numbers: number[] }
  | { kind: "position"; position: number | "last" }
  | { kind: "pronoun"; plural: boolean }
  | { kind: "all"; status: TaskStatusFilter }
  | { kind: "words"; words: string };

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};

const ORDINALS: Record<string, number> = {
  first: 1,
  top: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

const NUMBER = String.raw`(\d+|${Object.keys(NUMBER_WORDS).join("|")})`;
const NUMBERED = new RegExp(
  String.raw`(?:#\s*|\b(?:tasks?|tsks?|taks|tak|tasl|numbers?|num|nos?\.?|nr\.?|items?|todos?|to-dos?|ids?)\s*#?\s*)${NUMBER}\b`,
  "g",
);
const PLURAL_PRONOUN =
  /^(?:them|those|these|both|both of them|them both|both of those|all three|all of those|all of these|the two of them|all of them|them all|all those|all these|those tasks|these tasks|those ones|these ones|the tasks|those two|these two)$/;
const PRONOUN =
  /^(?:it|that|this|that one|this one|that task|this task|that item|this item|the same one|same one|the task|the one|the new one|the latest one|the one (?:i|you) just (?:added|created|made|mentioned)|the (?:task|one) (?:i|you) just (?:added|created|made)|the last one (?:i|you) (?:added|created|made)|what (?:i|you) just added|the last (?:task|one) added)$/;
const POSITION = new RegExp(
  String.raw`^(?:the\s+)?(?:very\s+)?(${Object.keys(ORDINALS).join("|")}|last|bottom|final|\d+(?:st|nd|rd|th))(?:\s+(?:one|task|item|todo|entry))?(?:\s+(?:on|in|from|of)\s+(?:the|my|that|this|your)\s+list)?$|^the one (?:at|on) the (top|bottom)(?: of the list)?$`,
);

export function toNumber(word: string): number {
  return NUMBER_WORDS[word] ?? Number(word);
}

/** Words that say nothing about which task: dropped before title matching. */
const FILLER =
  /\b(?:the|my|a|an|our|task|tasks|todo|todos|to-do|item|items|entry|one|ones|thing|things|stuff|business|bit|called|named|titled|that says|saying|which says|thats called|about|list|reminder)\b/g;

export function parseRef(fragment: string): TaskRef | undefined {
  const text = fragment
    .trim()
    .replace(/[.!?,]+$/, "")
    .replace(
      /\s+(?:from|off|on|in)\s+(?:my|the)\s+(?:task\s+|todo\s+|to-do\s+)?(?:list|tasks)$/,
      "",
    )
    .trim();
  if (!text) return undefined;
  const numbers = numbersIn(text);
  if (numbers.length) return { kind: "numbers", numbers };
  if (PLURAL_PRONOUN.test(text)) return { kind: "pronoun", plural: true };
  if (PRONOUN.test(text)) return { kind: "pronoun", plural: false };
  const all = allRef(text);
  if (all) return all;
  const position = text.match(POSITION);
  if (position) {
    const word = position[1] ?? position[2]!;
    const last = word === "last" || word === "bottom" || word === "final";
    return { kind: "position", position: last ? "last" : (ORDINALS[word] ?? parseInt(word, 10)) };
  }
  const words = text
    .replace(/"([^"]+)"/g, " $1 ")
    .replace(/'s\b/g, "")
    .replace(FILLER, " ")
    .replace(/['"]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return words ? { kind: "words", words } : undefined;
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
  const named = [...text.matchAll(NUMBERED)].map((m) => toNumber(m[1]!));
  if (named.length) {
    // "tasks 2 and 4": the later bare numbers belong to the same list.
    const rest = text.match(/(?:tasks?|#|numbers?)\s*#?\s*\d+((?:\s*(?:,|and|&|\+)\s*#?\s*\d+)+)$/);
    const extra = rest ? [...rest[1]!.matchAll(/\d+/g)].map((m) => Number(m[0])) : [];
    return [...new Set([...named, ...extra])];
  }
  if (/^#?\d+(?:\s*(?:,|and|&|\+)\s*#?\d+)*$/.test(text)) {
    return [...new Set([...text.matchAll(/\d+/g)].map((m) => Number(m[0])))];
  }
  if (new RegExp(`^(?:number\\s+)?${NUMBER}$`).test(text))
    return [toNumber(text.split(" ").at(-1)!)];
  return [];
}

function allRef(text: string): TaskRef | undefined {
  const match = text.match(
    /^(?:all|every|each|all of|all the|all my|all of my|every one of|everything|every single)\b\s*(?:of\s+)?(?:the\s+|my\s+)?(.*)$/,
  );
  if (
    !match &&
    !/^(?:everything|the whole list|my whole list|the entire list|my entire list|my list|the list)(?: on (?:my|the) list)?$/.test(
      text,
    )
  )
    return undefined;
  const rest = match?.[1] ?? "";
  if (
    !/^(?:(?:pending|open|remaining|unfinished|incomplete|completed|finished|done|checked)\s*)?(?:tasks?|todos?|to-dos?|items?|ones|of them|things|on (?:my|the) list)?(?:\s+(?:that are|which are|i've|i have)\s+\w+)?$/.test(
      rest,
    )
  )
    return undefined;
  const status = /\b(?:completed|finished|done|checked)\b/.test(rest)
    ? "completed"
    : /\b(?:pending|open|remaining|unfinished|incomplete)\b/.test(rest)
      ? "pending"
      : "all";
  return { kind: "all", status };
}
