import { parseRef, type TaskRef } from "./references";

type RefIntent<K extends string> = { kind: K; ref?: TaskRef };

const DONE = String.raw`(?:done|complete|completed|finished|checked(?: off)?|ticked(?: off)?|crossed(?: off)?|taken care of|sorted(?: out)?|handled|dealt with|over|through|accomplished|all done|ready)`;

/** "I finished the report", "task 2 is done", "check off milk", "mark #3 as complete". */
export function parseComplete(lower: string): RefIntent<"complete"> | undefined {
  const stated = lower.match(
    new RegExp(
      String.raw`^(.+?)\s+(?:is|are|was|were|has been|have been|'s|got|now)?\s*(?:now\s+|already\s+|finally\s+|all\s+)?(?:as\s+|to\s+)?${DONE}(?:\s+(?:now|already|today|finally))?$`,
    ),
  );
  if (
    stated &&
    !/^(?:what|which|how|show|list|anything|is|are|what's|whats|tell|give|any|everything|mark|set|clear|delete|remove|erase|did|have|has)\b|\b(?:i|i've|i have|have i|did i|we)$/.test(
      stated[1]!,
    )
  ) {
    const target = stated[1]!.replace(/^(?:mark|set|get)\s+/, "");
    return withRef("complete", target);
  }
  const prefixed = lower.match(new RegExp(String.raw`^${DONE}\s*[:\-–—]\s*(.+)$`));
  if (prefixed) return withRef("complete", prefixed[1]!);
  const mark = lower.match(/^(?:mark|set|flag|make|tag|put|move)\s+(.+)$/);
  if (mark) {
    const rest = mark[1]!;
    const done = rest.match(
      new RegExp(String.raw`^(.+?)\s+(?:as\s+|to\s+|to be\s+|into\s+|in\s+)?(?:being\s+)?${DONE}$`),
    );
    if (done) return withRef("complete", done[1]!);
    const reordered = rest.match(new RegExp(String.raw`^(?:as\s+)?${DONE}\s+(.+)$`));
    if (reordered) return withRef("complete", reordered[1]!);
    return undefined;
  }
  const off = lower.match(
    /^(?:check|tick|cross|strike|knock|scratch)\s+(.+?)\s+off(?:\s+(?:my|the)\s+(?:\w+\s+)?list)?$/,
  );
  if (off) return withRef("complete", off[1]!);
  const verb = lower.match(
    /^(?:complete|completed|finish|finished|close|closed|check off|checked off|tick off|ticked off|cross off|crossed off|check|tick|strike off|knock out|knocked out|wrap up|wrapped up|done with|done|did|accomplish|accomplished|i(?:'ve| have)?\s+(?:just\s+|already\s+|finally\s+)?(?:finished|completed|done|did|wrapped up|knocked out|taken care of|handled|dealt with)|i(?:'m| am)\s+(?:all\s+)?(?:done|finished|through)\s+with|im\s+(?:done|finished)\s+with|just\s+(?:finished|did|completed)|got\s+(?:done|through)\s+with|finally\s+(?:finished|did|completed))\b\s*(.*)$/,
  );
  if (!verb) return pastTense(lower);
  const target = verb[1]!
    .replace(new RegExp(String.raw`\s+(?:as\s+)?${DONE}$`), "")
    .replace(/^(?:with|off)\s+/, "")
    .replace(/\s+off$/, "")
    .trim();
  if (!target) return { kind: "complete" };
  // "check my tasks" is a look at the list; "complete a task" asks which.
  return withRef("complete", target) ?? (/^check\b/.test(lower) ? undefined : { kind: "complete" });
}

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
};
/** Past tenses that report something other than doing a task. */
const NOT_DONE =
  /^(?:completed|finished|checked|ticked|crossed|handled|sorted|accomplished|added|created|deleted|removed|updated|renamed|changed|asked|wanted|needed|liked|loved|hoped|wished|tried|started|planned|forgot|thought|meant|said|told|decided|missed|failed|skipped|postponed|moved|wondered|cancelled|canceled|scrapped|dropped)$/;

/** "I called the dentist", "just bought milk": the task's own verb, in the past tense. */
function pastTense(lower: string): RefIntent<"complete"> | undefined {
  // "the meeting was called off" is not "call off the meeting" done: a deletion.
  if (NOT_NEEDED.test(lower)) return undefined;
  const participle = lower.match(
    /^(.+?)\s+(?:is\s+|are\s+|was\s+|were\s+|has been\s+|have been\s+|got\s+)?(?:now\s+|already\s+)?([a-z]+)(?:\s+(up|out|off|back|in|down))?$/,
  );
  if (
    participle &&
    participle[1]!.split(" ").length <= 4 &&
    !/^(?:what|which|how|show|list|tell|is|are|did|have|i|i've|we)\b/.test(participle[1]!)
  ) {
    const base = baseVerb(participle[2]!);
    // "dry cleaning picked up": the particle goes back with its verb ("pick up dry cleaning").
    const verb = participle[3] ? `${base} ${participle[3]}` : base;
    if (base) return withRef("complete", `${verb} ${participle[1]!}`);
  }
  const match = lower.match(
    /^(?:i(?:'ve| have)?\s+)?(?:just\s+|already\s+|finally\s+)?([a-z]+)\s+(.+)$/,
  );
  if (!match) return undefined;
  const [, verb, rest] = match as unknown as [string, string, string];
  const base = baseVerb(verb);
  return base ? withRef("complete", `${base} ${rest}`) : undefined;
}

/** "called" → "call", "paid" → "pay"; undefined for words that are not a done deed. */
function baseVerb(word: string): string | undefined {
  if (NOT_DONE.test(word)) return undefined;
  // "need", "feed", "speed" end in -ed without being a past tense.
  return (
    IRREGULAR[word] ??
    (/[a-z]{2,}ed$/.test(word) && !/eed$/.test(word) ? word.replace(/e?d$/, "") : undefined)
  );
}

/** "the plumber one can go", "the meeting is cancelled": the task is no longer wanted. */
const NOT_NEEDED =
  /^(.+?)\s+(?:can go|can be (?:deleted|removed|dropped|scrapped|cancelled|canceled)|(?:is|was|got|has been)\s+(?:cancelled|canceled|called off|scrapped)|(?:is|'s)\s+(?:not|no longer) needed(?: anymore)?|isn't needed(?: anymore)?)$/;

/** "remove task 2", "get rid of the gym one", "cancel the dentist task", "take milk off my list". */
export function parseDelete(lower: string): RefIntent<"delete"> | undefined {
  const off = lower.match(
    /^(?:take|cross|strike|scratch|knock|get)\s+(.+?)\s+(?:off|out of|from)\s+(?:my|the)\s+(?:\w+\s+)?(?:list|tasks)$/,
  );
  if (off) return withRef("delete", off[1]!);
  // "take the dentist off" (crossing off is a completion, in parseComplete).
  const takeOff = lower.match(/^take\s+(.+?)\s+off$/);
  if (takeOff) return withRef("delete", takeOff[1]!);
  // "the plumber one can go", "the meeting is cancelled".
  const stated = lower.match(NOT_NEEDED);
  if (stated && !/^(?:what|which|how|it|this|that|everything|all)\b/.test(stated[1]!))
    return withRef("delete", stated[1]!);
  const noNeed = lower.match(
    /^(?:i\s+)?(?:don't|dont|do not|no longer|won't|wont)\s+(?:need|have|want|wanna|gotta)(?:\s+to)?\s+(.+?)(?:\s+(?:anymore|any more|after all))?$|^(?:no need to|never ?mind|forget about|forget)\s+(.+)$/,
  );
  if (noNeed) return withRef("delete", noNeed[1] ?? noNeed[2]!);
  const verb = lower.match(
    /^(?:delete|remove|erase|drop|trash|bin|discard|scrap|scratch|scratch out|cancel|clear|clear out|nuke|kill|ditch|dump|purge|wipe|wipe out|throw away|throw out|get rid of|take out|take off|strike|strike out|cross out|nix|toss|toss out|axe|ax|chuck|chuck out|junk|zap|yeet|lose|eliminate)\b\s*(.*)$/,
  );
  if (!verb) return undefined;
  const target = verb[1]!.trim();
  if (!target) return { kind: "delete" };
  if (/^(?:out|up)?\s*(?:the|my)?\s*(?:list|tasks|todos|everything|all)$/.test(target))
    return { kind: "delete", ref: { kind: "all", status: "all" } };
  if (
    /^(?:out\s+)?(?:all\s+)?(?:the\s+|my\s+)?(?:completed|finished|done|checked off)\s*(?:tasks|ones|items|todos)?$/.test(
      target,
    )
  )
    return { kind: "delete", ref: { kind: "all", status: "completed" } };
  return withRef("delete", target) ?? { kind: "delete" };
}

/** "mark task 2 as not done": no tool reopens a task, so this is answered, never guessed. */
export function parseReopen(lower: string): { kind: "reopen" } | undefined {
  return /^(?:reopen|re-open|uncomplete|un-complete|undo|uncheck|untick|unmark|restore|bring back|mark .+ (?:as )?(?:not done|not complete|not completed|undone|incomplete|unfinished|pending|open|to do))\b/.test(
    lower,
  )
    ? { kind: "reopen" }
    : undefined;
}

function withRef<K extends string>(kind: K, target: string): RefIntent<K> | undefined {
  const ref = parseRef(target);
  return ref ? { kind, ref } : undefined;
}
