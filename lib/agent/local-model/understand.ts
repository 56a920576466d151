/**
 * Turns one message into an intent: what the person wants done, and to which task.
 * Rule-based and deterministic on purpose (see docs/decisions/003-local-model.md).
 */

export type TaskRef =
  | { kind: "number"; number: number }
  | { kind: "position"; position: number | "last" }
  | { kind: "pronoun" }
  | { kind: "words"; words: string };

export interface NewTask {
  title: string;
  description?: string;
}

export type StatusFilter = "all" | "pending" | "completed";

export type Intent =
  | { kind: "add"; tasks: NewTask[] }
  | { kind: "list"; status: StatusFilter; countOnly: boolean }
  | { kind: "complete"; ref: TaskRef }
  | { kind: "delete"; ref: TaskRef }
  | { kind: "update"; ref: TaskRef; title?: string; description?: string }
  | { kind: "greet" }
  | { kind: "thanks" }
  | { kind: "help" }
  | { kind: "unknown" };

const ORDINALS: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  fifth: 5,
  "5th": 5,
  sixth: 6,
  "6th": 6,
  seventh: 7,
  "7th": 7,
  eighth: 8,
  "8th": 8,
  ninth: 9,
  "9th": 9,
  tenth: 10,
  "10th": 10,
};

export function understand(message: string): Intent {
  const text = normalizeQuotes(message).trim().replace(/\s+/g, " ");
  const folded = text.toLowerCase();
  const [start, end] = politeSpan(folded);
  const lower = folded.slice(start, end);
  // The same span in the original case (titles keep the person's capitals).
  const original = folded.length === text.length ? text.slice(start, end) : lower;

  if (!lower) return { kind: "unknown" };
  if (isHelp(lower)) return { kind: "help" };
  if (
    /^(hi|hello|hey|hiya|howdy|yo|greetings|good (morning|afternoon|evening|day))\b[\s!.,]*(there)?[\s!.]*$/.test(
      lower,
    )
  ) {
    return { kind: "greet" };
  }
  if (
    /^(thanks|thank you|thx|ty|cheers|much appreciated|great,? thanks|perfect,? thanks)\b/.test(
      lower,
    )
  ) {
    return { kind: "thanks" };
  }
  return (
    parseUpdate(lower, original) ??
    parseComplete(lower) ??
    parseDelete(lower) ??
    parseList(lower) ??
    parseAdd(lower, original) ?? { kind: "unknown" }
  );
}

function normalizeQuotes(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
}

const POLITE_PREFIX =
  /^(?:(?:please|pls|plz|kindly|ok(?:ay)?|so|and|also|now|then|oh|um+|well|alright|hey|hi|hello)[\s,!.]+|(?:can|could|would|will) you(?: please)?\s+|i(?:'d| would) like(?: you)? to\s+|i want(?: you)? to\s+|(?:let's|lets)\s+|go ahead and\s+)/;

/** [start, end) of the message without "please", "can you", trailing punctuation and the like. */
function politeSpan(lower: string): [number, number] {
  let start = 0;
  for (
    let match = lower.match(POLITE_PREFIX);
    match;
    match = lower.slice(start).match(POLITE_PREFIX)
  ) {
    start += match[0].length;
  }
  const tail = lower.slice(start).match(/[\s,]*(?:please|for me|thanks|thank you)?[\s.!?]*$/);
  const end = lower.length - (tail?.[0].length ?? 0);
  return [start, Math.max(start, end)];
}

function isHelp(lower: string): boolean {
  return /^(help|\?|what can you do|what do you do|what can i (do|say|ask)|how (does this|do you) work|how do i use (this|you)|what are you|who are you|commands)\b/.test(
    lower,
  );
}

// ---------------------------------------------------------------- references

const FILLER =
  /\b(the|my|a|an|task|tasks|todo|to-do|item|entry|one|called|named|titled|about|for|on|from|of|that says|list)\b/g;

export function parseRef(fragment: string): TaskRef | undefined {
  const text = fragment.trim().replace(/[.!?]+$/, "");
  const number =
    text.match(/(?:#|\b(?:task|number|no\.?|item|todo|to-do)\s*#?)\s*(\d+)\b/) ??
    text.match(/^(\d+)$/);
  if (number) return { kind: "number", number: Number(number[1]) };
  if (/^(it|that|this|that one|this one|that task|this task|the task)$/.test(text))
    return { kind: "pronoun" };
  const ordinal = text.match(
    /^(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))(?:\s+(?:one|task|item|todo))?(?:\s+(?:on|in|from) (?:the|my) list)?$/,
  );
  if (ordinal) {
    const word = ordinal[1]!;
    return {
      kind: "position",
      position: word === "last" ? "last" : (ORDINALS[word] ?? parseInt(word, 10)),
    };
  }
  const words = text.replace(FILLER, " ").replace(/['"]/g, " ").replace(/\s+/g, " ").trim();
  return words ? { kind: "words", words } : undefined;
}

// ---------------------------------------------------------------- intents

function parseComplete(lower: string): Intent | undefined {
  // "task 2 is done", "the report is finished"
  const stated = lower.match(
    /^(.+?)\s+(?:is|are|was|has been)\s+(?:now\s+)?(?:done|finished|complete|completed)$/,
  );
  if (stated && !/^(what|which|how many)\b/.test(stated[1]!))
    return withRef("complete", stated[1]!);
  const verb = lower.match(
    /^(?:mark(?:ed)?|set|complete|completed|finish|finished|close|check off|tick off|cross off|done with|i(?:'ve| have)? (?:finished|completed|done|did)|i'm done with|im done with|done)\b\s*(.*)$/,
  );
  if (!verb) return undefined;
  if (/^mark|^set/.test(lower) && !/\b(done|complete|completed|finished)\b/.test(lower))
    return undefined;
  const target = verb[1]!
    .replace(/\b(as\s+)?(done|complete|completed|finished)\b/g, " ")
    .replace(/\b(off|with)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return target ? withRef("complete", target) : undefined;
}

function parseDelete(lower: string): Intent | undefined {
  const verb = lower.match(
    /^(?:delete|remove|erase|drop|trash|discard|scrap|cancel|get rid of|forget about|forget)\b\s*(.*)$/,
  );
  if (!verb) return undefined;
  const target = verb[1]!
    .replace(/\s+(?:from|off|on) (?:my|the) (?:task |todo |to-do )?(?:list|tasks)$/, "")
    .trim();
  return target ? withRef("delete", target) : undefined;
}

function withRef(kind: "complete" | "delete", target: string): Intent | undefined {
  const ref = parseRef(target);
  return ref ? { kind, ref } : undefined;
}

function parseUpdate(lower: string, original: string): Intent | undefined {
  const verb = lower.match(/^(rename|change|update|edit|modify|retitle|set)\s+(.*)$/);
  if (!verb) return undefined;
  const offset = lower.length - verb[2]!.length;
  const rest = original.slice(offset);
  const restLower = verb[2]!;
  const quoted = [...rest.matchAll(/"([^"]+)"|'([^']+)'/g)].map((m) => m[1] ?? m[2]!);
  const split = restLower.match(/^(.*?)\s+(?:to|into|as|to be|with)\s+(.*)$/);
  if (!split) return undefined;
  let target = split[1]!;
  const newValueStart = rest.length - split[2]!.length;
  let newValue =
    quoted.length >= 1 && rest.lastIndexOf(quoted.at(-1)!) >= newValueStart - 1
      ? quoted.at(-1)!
      : rest.slice(newValueStart);
  newValue = newValue
    .trim()
    .replace(/^(?:say|read)\s+/i, "")
    .replace(/^["']|["']$/g, "")
    .replace(/[.!]+$/, "")
    .trim();
  const field =
    /\b(description|details|notes?)\b/.test(target) ||
    /^(?:a |the )?(?:description|details)\b/.test(split[2]!)
      ? "description"
      : "title";
  if (/^(?:a |the )?(?:description|details)\s*:?\s*/i.test(newValue) && field === "description") {
    newValue = newValue.replace(/^(?:a |the )?(?:description|details)\s*:?\s*/i, "");
  }
  target = target
    .replace(/\b(the )?(title|name|description|details|notes?)( of| for)?\b/g, " ")
    .replace(/'s\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const ref = parseRef(target);
  if (!ref || !newValue) return undefined;
  return field === "description"
    ? { kind: "update", ref, description: newValue }
    : { kind: "update", ref, title: capitalize(newValue) };
}

const LIST_VERB =
  /\b(list|show|display|what|what's|whats|which|see|view|how many|tell me|give me|any|do i have|read|check|get)\b/;
const LIST_NOUN =
  /\b(tasks?|todos?|to-dos?|list|pending|left|remaining|completed|done|finished|outstanding|open|to do|agenda|plate|everything|all)\b/;

function parseList(lower: string): Intent | undefined {
  const bareNoun =
    /^(?:my |all |all my |the )?(?:pending |completed |finished |done |open |remaining |outstanding )?(?:tasks?|todos?|to-dos?|list|todo list|to-do list)$/.test(
      lower,
    );
  const bareStatus =
    /^(?:pending|completed|finished|done|remaining|outstanding|open)(?: ones| tasks| items)?$/.test(
      lower,
    );
  if (!bareNoun && !bareStatus && !(LIST_VERB.test(lower) && LIST_NOUN.test(lower)))
    return undefined;
  if (/\b(add|create|remind)\b/.test(lower)) return undefined;
  return { kind: "list", status: listStatus(lower), countOnly: /\bhow many\b/.test(lower) };
}

function listStatus(lower: string): StatusFilter {
  if (
    /\b(not (yet )?(done|finished|completed)|incomplete|unfinished|pending|left|remaining|outstanding|open|to do|still|undone)\b/.test(
      lower,
    )
  ) {
    return "pending";
  }
  if (/\b(completed|done|finished|complete|checked off|accomplished)\b/.test(lower))
    return "completed";
  return "all";
}

const ADD_PREFIX =
  /^(?:add|create|make|new|insert|put|save|record|jot down|write down|note down|note|schedule|remind me(?: to| that i need to| that i have to| about)?|remember to|i need to remember to|i need to|i have to|i must|i should|i gotta|i've got to|don't let me forget(?: to)?|dont let me forget(?: to)?|don't forget(?: to)?|dont forget(?: to)?|todo|to-do|task|note to self)\b[\s:,-]*/;

function parseAdd(lower: string, original: string): Intent | undefined {
  const prefix = lower.match(ADD_PREFIX);
  if (!prefix) return undefined;
  let rest = original.slice(prefix[0].length);
  let description: string | undefined;
  const desc = rest.match(
    /\s*(?:[,;-]\s*)?\b(?:with (?:a |the )?(?:description|details?|notes?)(?: of| saying| that says)?|description|desc|details?|notes?)\s*[:=-]?\s+(.+)$/i,
  );
  if (desc && desc.index! > 0) {
    description = unquote(desc[1]!);
    rest = rest.slice(0, desc.index);
  }
  const quoted = rest.match(/"([^"]+)"|'([^']{2,})'/);
  let body = quoted ? (quoted[1] ?? quoted[2]!) : stripAddFrame(rest);
  body = body
    .trim()
    .replace(/[.!]+$/, "")
    .trim();
  if (!body) return undefined;
  const titles = quoted ? [body] : splitItems(body, /^(?:tasks|items|todos)\b/i.test(rest.trim()));
  const tasks = titles.map((title, i) => ({
    title: capitalize(title),
    ...(description && i === titles.length - 1 ? { description } : {}),
  }));
  return { kind: "add", tasks };
}

function stripAddFrame(rest: string): string {
  return rest
    .replace(
      /^(?:(?:a|an|the|one|another|some|new|more)\s+)*(?:new\s+)?(?:task|todo|to-do|item|reminder|entry|note)s?\b\s*(?:(?:called|named|titled|saying|that says|for|about|to|:|-)\s*)?/i,
      "",
    )
    .replace(
      /\s+(?:to|on|onto|in|into)\s+(?:my|the)\s+(?:task\s+|todo\s+|to-do\s+)?(?:list|tasks|todos|to-dos)$/i,
      "",
    )
    .replace(/^to\s+/i, "");
}

/** "milk, eggs and bread" → three items; "call mom and dad" stays one. */
function splitItems(body: string, plural: boolean): string[] {
  if (!body.includes(",") && !(plural && / and /i.test(body))) return [body];
  return body
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/i)
    .map((item) => item.trim())
    .filter(Boolean);
}

function unquote(text: string): string {
  return text
    .trim()
    .replace(/^["']|["']$/g, "")
    .replace(/[.!]+$/, "")
    .trim();
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
