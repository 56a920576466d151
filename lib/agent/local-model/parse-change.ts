import { isWhen } from "./dates";
import { lexicon } from "./lexicon";
import { oneOf, pattern, patternWith } from "./lexicon/compile";
import { keywords } from "./match";
import { parseRef, type TaskRef } from "./references";

type RefIntent<K extends string> = { kind: K; ref?: TaskRef };

const { verbs, particles } = lexicon;
const DONE = oneOf(lexicon.done);
const STATED_DONE = pattern`^(?<target>.+?)\s+(?:is|are|was|were|has been|have been|'s|got|now)?\s*(?:now\s+|already\s+|finally\s+|all\s+)?(?:as\s+|to\s+)?${DONE}(?:\s+(?:now|already|today|finally))?$`;
/** Subjects of "… done" that ask or tell rather than name a task ("what is done", "I am done"). */
const NOT_A_TARGET = pattern`^(?:what|which|how|show|list|anything|is|are|what's|whats|tell|give|any|everything|mark|set|did|have|has|${verbs.delete})\b|\b(?:i|i've|i have|have i|did i|we|isn't|isnt|aren't|arent|wasn't|not|never)$`;
const DONE_PREFIX = pattern`^${DONE}\s*[:\-–—]\s*(?<target>.+)$`;
const MARK = pattern`^${verbs.mark}\s+(?<rest>.+)$`;
const MARKED_DONE = pattern`^(?<target>.+?)\s+(?:as\s+|to\s+|to be\s+|into\s+|in\s+)?(?:being\s+)?${DONE}$`;
const MARKED_DONE_FIRST = pattern`^(?:as\s+)?${DONE}\s+(?<target>.+)$`;
const CROSS_OFF = pattern`^${verbs.crossOff}\s+(?<target>.+?)\s+off(?:\s+(?:my|the)\s+(?:\w+\s+)?list)?$`;
const COMPLETE_VERB = pattern`^(?:${verbs.complete}|i(?:'ve| have)?\s+(?:just\s+|already\s+|finally\s+)?${verbs.completedPast}|i(?:'m| am)\s+(?:all\s+)?(?:done|finished|through)\s+with|im\s+(?:done|finished)\s+with|just\s+(?:finished|did|completed)|got\s+(?:done|through)\s+with|finally\s+(?:finished|did|completed))\b\s*(?<target>.*)$`;
const LOOKS_AT_LIST = pattern`^check\b`;
const PAST_ALONE = pattern`^(?:(?:yes|yeah|yep)\s+)?(?:i(?:'ve| have)?\s+)?(?:just\s+|finally\s+|already\s+)?(?:${verbs.completedPast})$`;
const TRAILING_DONE = pattern`\s+(?:as\s+)?${DONE}$`;

/** "all done except rent", "everything's finished but the laundry": the exception said last. */
const DONE_EXCEPT = pattern`^(?<all>all|everything|all of them|the rest|everything else)(?:'s|\s+is|\s+are)?\s+(?:${DONE})\s+(?<except>(?:${lexicon.references.except})\s+.+)$`;

/** Done words that say "done" on their own ("ready", "over", "clean" say other things alone). */
const SAID_DONE = oneOf(
  lexicon.done.filter((word) => !["clean", "ready", "over", "through", "crossed"].includes(word)),
);
/**
 * "done", "done n dusted", "all done": the task just talked about, never the whole list;
 * after several, it asks which ("all done" may be a goodbye as well as a report).
 */
const ONLY_DONE = pattern`^(?:all\s+)?(?:${SAID_DONE})(?:\s+(?:now|already|finally|too|as well))?$`;

/** "I finished the report", "task 2 is done", "check off milk", "mark #3 as complete". */
export function parseComplete(
  lower: string,
  /** false: only requests and statements of "done", not a deed told in the past. */
  deeds = true,
): RefIntent<"complete"> | undefined {
  const pastTense = deeds ? toldDeed : () => undefined;
  if (ONLY_DONE.test(lower)) return { kind: "complete", ref: { kind: "pronoun", plural: false } };
  const doneExcept = lower.match(DONE_EXCEPT)?.groups;
  if (doneExcept) {
    const ref = parseRef(`${doneExcept.all} ${doneExcept.except}`);
    if (ref?.kind === "all" && ref.except) return { kind: "complete", ref };
  }
  const stated = lower.match(STATED_DONE)?.groups?.target;
  // "spoke to mom, all sorted": the clause before the done word tells the deed.
  const clause = stated?.match(/^(.+?)\s*[,;]$/)?.[1];
  // "compost bought ✔": a deed told, then a done word or check mark after it.
  const deed = clause ? pastTense(clause) : stated ? pastTense(stated) : undefined;
  if (deed) return deed;
  // "everything except the laundry is done": all but some, said as a statement.
  const allBut = stated ? parseRef(stated) : undefined;
  if (allBut?.kind === "all" && allBut.except) return { kind: "complete", ref: allBut };
  if (stated && !NOT_A_TARGET.test(stated)) {
    // "got the report done", "got it done": what was got done.
    return withRef("complete", stated.replace(/^(?:mark|set|get|got|gotten)\s+/, ""));
  }
  const prefixed = lower.match(DONE_PREFIX)?.groups?.target;
  if (prefixed) return withRef("complete", prefixed);
  const mark = lower.match(MARK)?.groups?.rest;
  if (mark) {
    const done = mark.match(MARKED_DONE) ?? mark.match(MARKED_DONE_FIRST);
    return done ? withRef("complete", done.groups!.target!) : undefined;
  }
  const off = lower.match(CROSS_OFF)?.groups?.target;
  if (off) return withRef("complete", off);
  const verb = lower.match(COMPLETE_VERB);
  if (!verb) return pastTense(lower);
  const target = verb
    .groups!.target!.replace(TRAILING_DONE, "")
    .replace(/^(?:with|off)\s+/, "")
    .replace(/\s+off$/, "")
    // "finished the 2nd one this morning": when it was done names no task.
    .replace(WHEN_DONE, "")
    .trim();
  // "just did", "did, mark it": a deed told in the past with nothing after it is the task just
  // talked about, as "done" alone is; "complete" alone still asks which.
  if (!target || /^[,;]/.test(target))
    return PAST_ALONE.test(verb[0].replace(/[,;].*$/, "").trim())
      ? { kind: "complete", ref: { kind: "pronoun", plural: false } }
      : { kind: "complete" };
  // "check my tasks" is a look at the list; "complete a task" asks which.
  return (
    withRef("complete", target) ?? (LOOKS_AT_LIST.test(lower) ? undefined : { kind: "complete" })
  );
}

/** Past tenses that report something other than doing a task. */
const NOT_DEED = pattern`^${verbs.notDeeds}$`;
const PARTICIPLE = pattern`^(?<target>.+?)\s+(?:is\s+|are\s+|was\s+|were\s+|has been\s+|have been\s+|got\s+)?(?:now\s+|already\s+)?(?<verb>[a-z]+)(?:\s+(?<particle>${particles}))?(?:\s+(?<rest>(?:to|for|from|with|at|on|by)\s+.+))?$`;
/**
 * "the rota for dr aziz is sent": with "is" said, the subject is all before it, so "for dr aziz"
 * stays in the task's words and "rota" is never read as the verb.
 */
const SUBJECT_IS_PARTICIPLE = pattern`^(?<target>.+)\s+(?:is|are|was|were|has been|have been)\s+(?:now\s+|already\s+)?(?<verb>[a-z]+)(?:\s+(?<particle>${particles}))?$`;
const ASKING = pattern`^(?:what|which|how|show|list|tell|is|are|did|have|i|i've|we)\b`;
/** "get the spectacles repaired", "have the carpets cleaned": a thing to have done, asked for. */
const CAUSATIVE = pattern`^(?:and\s+|also\s+|then\s+)?(?:get|have|need to get|must get)\s+\S`;
const I_DID = pattern`^(?:i(?:'ve| have)?\s+)?(?:just\s+|already\s+|finally\s+)?(?<verb>[a-z]+)\s+(?<rest>.+)$`;

/** "took all afternoon", "took 2 hours": how long it took, never a task's name. */
const DURATION = pattern`^(?:(?:all|the whole|a|an|about|like|nearly|almost|over|ages|forever|\d+|${Object.keys(lexicon.references.numbers)})\b\s*)+(?:(?:minutes?|mins?|hours?|hrs?|days?|weeks?|morning|afternoon|evening|night|day|while|ages|forever)\b)?$`;
/** "… baked and delivered": a second past participle adds nothing to which task it was. */
const AND_PARTICIPLE = pattern`^(?<first>.+?\s+[a-z]+)\s+(?:and|&|n)\s+(?<second>[a-z]+)$`;
/** "picked them up": the particle after a pronoun goes back with its verb. */
const PRONOUN_PARTICLE = pattern`^(?<pronoun>${lexicon.references.pronouns}|${lexicon.references.pluralPronouns})(?:\s+(?:${particles}))?(?:\s+(?:yesterday|today|earlier|this morning|last night|already|just now|finally))?$`;

/** "I called the dentist", "just bought milk": the task's own verb, in the past tense. */
function toldDeed(told: string): RefIntent<"complete"> | undefined {
  // "the meeting was called off" is not "call off the meeting" done: a deletion.
  if (NOT_NEEDED.test(told)) return undefined;
  // "the rent got paid this morning", "kennels got cleaned today by sam": when it was done
  // names no task, wherever it is said.
  const said = told.replace(WHEN_DONE_INSIDE, "").trim() || told;
  const both = said.match(AND_PARTICIPLE)?.groups;
  const lower = both && baseVerb(both.second!) ? both.first! : said;
  const subject = lower.match(SUBJECT_IS_PARTICIPLE)?.groups;
  const participle =
    subject && shortSubject(subject.target!) ? subject : lower.match(PARTICIPLE)?.groups;
  if (
    participle &&
    (participle === subject || participle.target!.split(" ").length <= 4) &&
    !ASKING.test(participle.target!) &&
    !CAUSATIVE.test(participle.target!)
  ) {
    const base = baseVerb(participle.verb!);
    // "the top one is paid", "the first one's sent": a place or number names the task alone.
    const pointed = parseRef(participle.target!.replace(/'s$/, ""));
    if (base && pointed && POINTING.has(pointed.kind)) return { kind: "complete", ref: pointed };
    // "dry cleaning picked up": the particle goes back with its verb ("pick up dry cleaning").
    const verb = participle.particle ? `${base} ${participle.particle}` : base;
    // "invoice sent to acme": the words after the verb belong to the task too.
    const rest = participle.rest ? ` ${participle.rest}` : "";
    if (base) return deedRef(`${verb} ${participle.target}${rest}`, `${participle.target}${rest}`);
    const own = !participle.rest && !participle.particle ? editVerbDeed(participle) : undefined;
    if (own) return own;
  }
  const deed = lower.match(I_DID)?.groups;
  if (!deed || DURATION.test(deed.rest!)) return undefined;
  const base = baseVerb(deed.verb!);
  const pointed = deed.rest!.match(PRONOUN_PARTICLE)?.groups?.pronoun;
  if (base && pointed) return withRef("complete", pointed);
  return base ? deedRef(`${base} ${deed.rest}`, deed.rest!) : undefined;
}

/**
 * The subject of "… is sent": four words that name something ("the rota for dr aziz" has
 * three; the articles and "for" name nothing), in a phrase of seven at most.
 */
const shortSubject = (target: string) =>
  keywords(target).length <= 4 && target.split(" ").length <= 7;

const POINTING = new Set<TaskRef["kind"]>(["numbers", "position", "positions"]);
/** "reviewed it on the plane", "paid it at the bank": where it was done says nothing of the task. */
const PRONOUN_THEN_PLACE = pattern`^(?<pronoun>${lexicon.references.pronouns}|${lexicon.references.pluralPronouns})\s+(?:on|at|in|from|during|while|over|after|before)\s+\S.*$`;

/**
 * A deed names its task by verb and object; a title may hold only the object ("got the
 * milk" → "Milk") or another verb ("spoke to mom" → "Call mom"), so the object alone is
 * the fallback.
 */
function deedRef(deed: string, object: string): RefIntent<"complete"> | undefined {
  // "paid it this morning", "got them today": when it was done says nothing of the task.
  const pronoun = object.match(PRONOUN_THEN_PLACE)?.groups?.pronoun;
  const alone =
    (pronoun ? parseRef(pronoun) : undefined) ??
    parseRef(object.replace(WHEN_DONE, "")) ??
    parseRef(object);
  // "bought them", "did it": the deed's object points back.
  if (alone?.kind === "pronoun") return { kind: "complete", ref: alone };
  // "emailed her this morning": the deed without when it was done.
  const intent = withRef("complete", deed.replace(WHEN_DONE, "") || deed);
  if (intent?.ref?.kind !== "words") return intent;
  return alone?.kind === "words"
    ? { ...intent, ref: { ...intent.ref, object: alone.words } }
    : intent;
}

const WHEN_DONE = pattern`(?:\s+${lexicon.references.whenDone ?? []})+$`;
const WHEN_DONE_INSIDE = patternWith("g")`\s+(?:${lexicon.references.whenDone ?? []})(?=\s|$)`;

const TODO_VERB = pattern`^${verbs.action}$`;
/** "finished", "completed": words for done, read as such elsewhere, never a task's own verb. */
const COMPLETE_WORD = pattern`^${verbs.complete}$`;
const SAYS_WHO = pattern`(?:^|\s)(?:i|i've|i'm|i'd|we|we've|you|what|that's|it's|not|everything|all|ones)(?:\s|$)`;

/**
 * "menu board updated", "trip planned": a verb that also tells of edits to the list (so not a
 * deed in general) after the words of a task, a deed only of a task led by that verb.
 */
function editVerbDeed(participle: {
  target?: string;
  verb?: string;
}): RefIntent<"complete"> | undefined {
  const base = lexicon.morphology.baseOfPast(participle.verb!);
  if (!base || !TODO_VERB.test(base) || COMPLETE_WORD.test(base)) return undefined;
  // "everything i've finished", "that's not what i asked": a clause, not a task's words.
  if (SAYS_WHO.test(participle.target!)) return undefined;
  const ref = parseRef(participle.target!);
  if (ref?.kind !== "words" || ref.plural) return undefined;
  return { kind: "complete", ref: { ...ref, ownVerb: base } };
}

/** "called" → "call", "paid" → "pay"; undefined for words that are not a done deed. */
function baseVerb(word: string): string | undefined {
  return NOT_DEED.test(word)
    ? undefined
    : (lexicon.morphology.baseOfPast(word) ?? pastWithoutE(word));
}

const TODO_VERBS = new Set(verbs.action);
/** "renewd", "calld", "emaild": a to-do verb's past typed without its "e". */
function pastWithoutE(word: string): string | undefined {
  const verb = /^\p{L}{3,}[^e\s]d$/u.test(word) ? word.slice(0, -1) : undefined;
  return verb && TODO_VERBS.has(verb) ? verb : undefined;
}

/**
 * "the plumber one can go", "the meeting is cancelled", "X won't happen": no longer wanted; a
 * reason before "so" ("she came today so it can go") names no task.
 */
const NOT_NEEDED = pattern`^(?:(?<reason>.+)\s+so\s+)?(?<target>.+?)\s+(?:can go(?:\s+(?:entirely|altogether|completely|for good|too|as well))?|can be (?:deleted|removed|dropped|scrapped|cancelled|canceled)|(?:is|are|was|were|got|has been|have been|'s been)\s+${lexicon.cancelled}|(?:won't|wont|will not|isn't|isnt|aren't|arent|is not|are not)\s+(?:happen|happening|going ahead)(?:\s+(?:today|anymore|any more|after all|this week|now))?|(?:is|'s)\s+(?:not|no longer) needed(?: anymore)?|isn't needed(?: anymore)?|(?:is|are|'s)\s+off(?:\s+(?:today|this week|now|after all))?)$`;
const TAKE_OFF_LIST = pattern`^${verbs.takeOff}\s+(?<target>.+?)\s+(?:off|out of|from)\s+(?:my|the)\s+(?:\w+\s+)?(?:list|tasks)$`;
/** "that one can go" points back; "it can go"/"that can go" may be about anything. */
const NOT_NEEDED_SUBJECT = pattern`^(?:what|which|how|everything|all)\b|^(?:it|this|that|today|tomorrow|tonight|work)$`;
const NO_NEED = pattern`^(?:(?:i|we)\s+)?(?:don't|dont|do not|no longer|won't|wont)\s+(?:need|have|want|wanna|gotta)(?:\s+to)?\s+(?<target>.+?)(?:\s+(?:on|in)\s+(?:there|here|(?:the|my)\s+(?:\w+\s+)?list))?(?:\s+(?:anymore|any more|after all))?$|^(?:no need to|no (?:more )?need for|(?:never ?mind|nvm)(?:\s+about)?|forget about|forget)\s+(?<forget>.+?)(?:\s+(?:anymore|any more|after all))?$`;
const DELETE_VERB = pattern`^${verbs.delete}\b\s*(?<target>.*)$`;
const WHOLE_LIST = pattern`^(?:out|up)?\s*(?:the|my)?\s*(?:list|tasks|todos|everything|all)$`;
const COMPLETED_ONES = pattern`^(?:out\s+)?(?:all\s+)?(?:the\s+|my\s+)?(?:completed|finished|done|checked off)\s*(?:tasks|ones|items|todos|stuff|things)?$`;
/** "everything for tomorrow", "all my tasks due friday": every task due on the day said. */
const DUE_ON = pattern`^(?:everything|all(?:\s+(?:of\s+)?(?:the|my))?(?:\s+(?:tasks|things|stuff|todos|items))?)\s+(?:(?:that's|that is|that are)\s+)?(?:due|for|on|scheduled for|set for|planned for)\s+(?<due>.+)$`;
const REOPEN = pattern`^(?:${verbs.reopen}|mark .+ (?:as )?${lexicon.notDone})\b`;

/**
 * "the wedding got called off", "the gym one can go": a deletion told as a fact, which next to
 * a request ("delete it, the wedding got called off") is the reason for it, not a request.
 */
export function statesNoNeed(lower: string): boolean {
  return NOT_NEEDED.test(lower);
}

/** "remove task 2", "get rid of the gym one", "cancel the dentist task", "take milk off my list". */
export function parseDelete(lower: string): RefIntent<"delete"> | undefined {
  const off = lower.match(TAKE_OFF_LIST)?.groups?.target;
  if (off) return withRef("delete", off);
  // "take the dentist off" (crossing off is a completion, in parseComplete).
  const takeOff = lower.match(/^take\s+(.+?)\s+off$/);
  if (takeOff) return withRef("delete", takeOff[1]!);
  // "the plumber one can go", "the meeting is cancelled".
  const notNeeded = lower.match(NOT_NEEDED)?.groups;
  const stated = notNeeded?.target;
  // "she came today so it can go": after its reason, "it" points back.
  const pointsBack = !!notNeeded?.reason && parseRef(stated!)?.kind === "pronoun";
  if (stated && (pointsBack || !NOT_NEEDED_SUBJECT.test(stated))) return withRef("delete", stated);
  const noNeed = lower.match(NO_NEED)?.groups;
  if (noNeed) return withRef("delete", noNeed.target ?? noNeed.forget!);
  const verb = lower.match(DELETE_VERB);
  if (!verb) return undefined;
  // "clear those out", "throw the milk one away": the particle goes with the verb.
  const target = verb.groups!.target!.trim().replace(/\s+(?:out|off|away)$/, "");
  if (!target) return { kind: "delete" };
  const due = target.match(DUE_ON)?.groups?.due;
  if (due && isWhen(due)) return { kind: "delete", ref: { kind: "all", status: "all", due } };
  if (WHOLE_LIST.test(target)) return { kind: "delete", ref: { kind: "all", status: "all" } };
  if (COMPLETED_ONES.test(target))
    return { kind: "delete", ref: { kind: "all", status: "completed" } };
  return withRef("delete", target) ?? { kind: "delete" };
}

/** "mark task 2 as not done": no tool reopens a task, so this is answered, never guessed. */
export function parseReopen(lower: string): { kind: "reopen" } | undefined {
  return REOPEN.test(lower) ? { kind: "reopen" } : undefined;
}

function withRef<K extends string>(kind: K, target: string): RefIntent<K> | undefined {
  const ref = parseRef(target);
  return ref ? { kind, ref } : undefined;
}
