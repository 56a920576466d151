import { lexicon } from "./lexicon";
import { oneOf, pattern, patternWith, source } from "./lexicon/compile";
import type { Utterance } from "./normalize";
import { isWhen } from "./dates";
import { en as scheduleWords } from "./lexicon/schedule";
import type { DetailChanges } from "./parse-schedule";
import { capitalize } from "./parse-add";
import { parseRef, type TaskRef } from "./references";

export type UpdateIntent = {
  kind: "update";
  ref?: TaskRef;
  title?: string;
  description?: string;
  /** What to ask for when the new value is missing ("rename task 2"). */
  field?: "title" | "description";
  /** A new date or time only ("change it to 6pm"): it replaces the one in the title, never the title. */
  when?: string;
  /** The same date or time as the task's fields, where the tools have them ("call it tomorrow instead"). */
  whenFields?: DetailChanges;
};
type CompleteIntent = { kind: "complete"; ref?: TaskRef };

const { verbs, fields } = lexicon;
const DESCRIPTION = oneOf(fields.description);
const FIELD = pattern`\b${DESCRIPTION}\b`;
const DONE_VALUE = pattern`^(?:done|complete|completed|finished|checked|checked off)$`;
const ADD_NOTE = pattern`^${verbs.attach}\s+(?:a\s+|the\s+|some\s+|this\s+)?${DESCRIPTION}\s+(?:to|for|on)\s+(?<target>.+?)(?:\s*[:\-–—]\s*|\s+(?:saying|that says|reading|which says|:)\s+)(?<value>.+)$`;
/** "note on #2: booking ref GOA-4471", "notes for the boiler one - bring the key": a note and its task. */
const NOTE_ON_TARGET = pattern`^(?:a\s+|the\s+)?${DESCRIPTION}\s+(?:to|for|on)\s+(?<target>.+?)\s*[:\-–—]\s*(?<value>\S.*)$`;
/** "for the milk one add a description: …", "the first one, add details: …": the task named first. */
const NOTE_AFTER_TARGET = pattern`^(?:(?:for|on|to)\s+)?(?<target>.+?)\s*[,:]?\s+${verbs.attach}\s+(?:a\s+|the\s+|some\s+|this\s+)?${DESCRIPTION}(?:\s*[:\-–—]\s*|\s+(?:saying|that says|reading|which says)\s+)(?<value>.+)$`;
const SHOULD_BE = pattern`^(?<target>.+?)\s+(?:should|needs to|has to)\s+(?:be\s+(?:called|named|titled|renamed(?:\s+to)?)|say|read)\s+(?<value>.+)$`;
/** "buy milk → buy oat milk": a title and its new wording, an arrow between. */
const ARROW_ONLY = pattern`^(?<target>[^→]+?)\s*(?:→|->|=>|⟶)\s*(?<value>[^→]+)$`;
const NAME_IT = pattern`^${verbs.name}\s+(?<target>it|that|this|that one|this one|(?:task\s*)?#?\d+|task \w+)\s+(?:say|read|called|named|be called|as)?\s*(?<value>.+)$`;
const UPDATE_VERB = pattern`^${verbs.update}\s+(?<rest>.*)$`;
const TO_VALUE = pattern`^(?<target>.*?)\s+(?:so (?:that )?it (?:says|reads)|to be (?:called|named)|to be|to|into|as|->|→|=)\s+(?<value>.+)$`;
const ARROW_VALUE = pattern`^(?<target>.*?)\s*(?:[:→=]|->)\s*(?<value>.+)$`;
const WITH_FIELD_VALUE = pattern`^(?<target>.*?)\s+(?<value>with\s+(?:a\s+|the\s+)?(?:new\s+)?(?:${DESCRIPTION}|${fields.title})\b.*)$`;
const QUOTED_VALUE = pattern`^(?<target>.+?)\s+(?<value>"[^"]+"|'[^']+')$`;
const WITH_FIELD = patternWith(
  "i",
)`^with\s+(?:a\s+|the\s+)?(?:new\s+)?(?<field>${DESCRIPTION}|${fields.title})\s*(?:of|to|saying|:)?\s*(?<value>.+)$`;
const AND_DESCRIPTION = patternWith(
  "i",
)`\s+(?:with|and)\s+(?:a\s+|the\s+)?(?:new\s+)?${DESCRIPTION}\s*(?:of|to|saying|:)?\s*(?<value>.+)$`;
const DESCRIPTION_LABEL = patternWith("i")`^(?:(?:a|the)\s+)?${DESCRIPTION}\s*:?\s+`;
const TITLE_FIELD = patternWith("i")`^${fields.title}$`;
const FIELD_NAME = patternWith(
  "g",
)`\b(?:the\s+)?${[...fields.title, ...fields.wording, ...fields.description]}(?:\s+(?:of|for|on|in))?\b`;
const MAKE = pattern`^make\b`;
/** A to-do as a new value: an action verb and its object, not "start at 5" or "run weekly". */
const TODO_VALUE = pattern`^(?!(?:start|begin|end|finish|run|go|repeat|happen|be)\b)${verbs.action}\s+\S`;
const MAKE_SAY = pattern`^make .+? (?:say|read)\b`;
const DESCRIBE = pattern`^describe\b`;
/** "fix the sink", "set the table": without a new value these verbs are no edit. */
const NEEDS_VALUE = pattern`^(?:set|fix|correct|alter|amend)\b`;
const POSSESSIVE = patternWith("g")`'s\b`;
/** "on it: chocolate, from the bakery", "note: bring two photos": about the task just mentioned. */
const FOLLOW_UP = pattern`^(?:${verbs.attach}\s+(?:a\s+|the\s+|some\s+|this\s+)?(?=${DESCRIPTION}\s*[:\-–—]))?${fields.followUps}\s*[:\-–—]\s*(?<value>\S.*)$`;
/** "put a note on it: size list is in the group chat": a note for the task just mentioned. */
const NOTE_ON_IT = pattern`^${verbs.attach}\s+(?:a\s+|the\s+|some\s+)?${DESCRIPTION}\s+(?:on|to|for|in)\s+(?:it|that|this)(?:\s+one)?\s*[:\-–—]\s*(?<value>\S.*)$`;
/** "put in the notes that the tenant is home after 6", "add to the description: …": the same. */
const IN_THE_NOTES = pattern`^(?:and\s+)?${verbs.attach}\s+(?:in|into|on|to)\s+(?:the\s+|a\s+)?${DESCRIPTION}(?:\s+(?:that|:)|\s*[:\-–—])\s*(?<value>\S.*)$`;
/** "put in the description of #4 that the login is on the studio email": the task named after the field. */
const IN_THE_NOTES_OF = pattern`^(?:and\s+)?${verbs.attach}\s+(?:in|into|on|to)\s+(?:the\s+|a\s+)?${DESCRIPTION}\s+(?:of|for|on)\s+(?<target>.+?)(?:\s+that|\s*[:\-–—])\s*(?<value>\S.*)$`;
/** "episode 12 needs a note: cut the intro ad": the task, then the note it needs. */
const NOTE_NEEDED = pattern`^(?<target>.+?)\s+(?:needs|need|could use|should have|gets)\s+(?:a\s+|the\s+|this\s+)?${DESCRIPTION}\s*[:\-–—]\s*(?<value>\S.*)$`;
/** "typo, it's call the pharmacy", "spelling mistake sorry, should be …": the title just given, corrected. */
const TYPO_THEN_TITLE = pattern`^(?:(?:oops|sorry|my bad)[,!.]?\s+)?(?:(?:a|the|my)\s+)?(?:typo|spelling mistake|spelling|misspelling|misspelt|misspelled)\b(?:\s+(?:sorry|oops|there|in it|in the title))*\s*[,!.:;]?\s+(?:sorry[,!.]?\s+)?(?:it's|it is|its|it should be|should be|i meant|meant)\s+(?<value>.+)$`;
/** "prepone the meeting to 3pm", "push the dentist to friday": a new date for a task. */
const RESCHEDULE = pattern`^${verbs.reschedule}\s+(?<target>.+?)\s+(?:back\s+|forward\s+)?(?:to|till|until|for)\s+(?<value>.+)$`;
/** "a task", "one of my tasks": a task not yet named. */
const A_TASK = pattern`^(?:a|one|some|any|one of (?:my|the))\s+(?:tasks?|todos?|to-dos?|items?)$`;
/** Verbs that only ever ask for a new name: a date after them is no title and no move. */
const RENAME_VERB = pattern`^(?:please\s+)?(?:rename|retitle|re-title)\b`;
const POINTS_BACK = patternWith("i")`^(?:${lexicon.pointingBack}|something|anything)$`;
const { priority } = scheduleWords;
/** "urgent", "low priority": a priority, never a task's name. */
const LEVEL_ONLY = patternWith(
  "i",
)`^(?:${[...priority.high, ...priority.medium, ...priority.low, ...priority.none, "high", "low", "medium"]})(?:\s+priority)?$`;

/**
 * "note: bring two photos", "put a note on it: …": a description for the task just
 * mentioned. Read before adds, so "put a note on it" never adds a task called "On it".
 */
export function parseNoteFollowUp({ text, lower }: Utterance): UpdateIntent | undefined {
  // "put in the description of #4 that …": the task is named, so no follow-up, but read as
  // early, before "put …" is read as an add.
  const named = lower.match(IN_THE_NOTES_OF)?.groups;
  const namedRef = named && parseRef(named.target!);
  if (namedRef)
    return { kind: "update", ref: namedRef, description: valueAt(text, lower, named.value!) };
  const followUp = (lower.match(FOLLOW_UP) ?? lower.match(NOTE_ON_IT) ?? lower.match(IN_THE_NOTES))
    ?.groups?.value;
  if (!followUp) return undefined;
  const description = valueAt(text, lower, followUp);
  return { kind: "update", ref: { kind: "pronoun", plural: false }, description };
}

/**
 * "rename task 1 to X", "change the dentist one to X", "update the description of
 * task 2 to Y", "add a note to task 3: Y", "task 2 should be called X".
 */
export function parseUpdate(said: Utterance): UpdateIntent | CompleteIntent | undefined {
  const { text, lower } = said;
  const followUp = parseNoteFollowUp(said);
  if (followUp) return followUp;
  const typo = lower.match(TYPO_THEN_TITLE)?.groups?.value;
  if (typo) return build(text, lower, "it", typo, "title");
  const addNote = (
    lower.match(ADD_NOTE) ??
    lower.match(NOTE_AFTER_TARGET) ??
    lower.match(NOTE_ON_TARGET) ??
    lower.match(NOTE_NEEDED)
  )?.groups;
  if (addNote) {
    const ref = parseRef(addNote.target!);
    const value = valueAt(text, lower, addNote.value!);
    return ref && value ? { kind: "update", ref, description: value } : undefined;
  }
  const special = fieldStatements(text, lower);
  if (special) return special;
  const moved = lower.match(RESCHEDULE)?.groups;
  if (moved && isWhen(moved.value!)) {
    const ref = parseRef(stripField(moved.target!));
    return ref ? { kind: "update", ref, when: valueAt(text, lower, moved.value!) } : undefined;
  }
  const should =
    lower.match(SHOULD_BE)?.groups ??
    pointedTitle(lower) ??
    namedTitle(lower) ??
    (UPDATE_VERB.test(lower) ? undefined : lower.match(ARROW_ONLY)?.groups);
  if (should) return build(text, lower, should.target!, should.value!, "title");
  const named = lower.match(NAME_IT)?.groups;
  // "make it 5pm": a time for the task, not a name.
  if (named && MAKE.test(lower) && isWhen(named.value!)) {
    const ref = parseRef(named.target!);
    return ref ? { kind: "update", ref, when: valueAt(text, lower, named.value!) } : undefined;
  }
  // "make it buy 2 litres of milk": a to-do of its own is a new title; "make it urgent" is not.
  if (named && (!MAKE.test(lower) || MAKE_SAY.test(lower) || TODO_VALUE.test(named.value!)))
    return build(text, lower, named.target!, named.value!, "title");
  const rest = lower.match(UPDATE_VERB)?.groups?.rest;
  if (rest === undefined) return undefined;
  const describe = DESCRIBE.test(lower);
  const fieldOf = (target: string) => (FIELD.test(target) || describe ? "description" : "title");
  const split = (
    rest.match(TO_VALUE) ??
    rest.match(ARROW_VALUE) ??
    rest.match(WITH_FIELD_VALUE) ??
    rest.match(QUOTED_VALUE)
  )?.groups;
  if (split) return build(text, lower, split.target!, split.value!, fieldOf(split.target!));
  // "rename a task": which one is asked first.
  if (A_TASK.test(rest) && !NEEDS_VALUE.test(lower))
    return { kind: "update", field: fieldOf(rest) };
  const ref = parseRef(stripField(rest));
  if (!ref || NEEDS_VALUE.test(lower)) return undefined;
  return { kind: "update", ref, field: fieldOf(rest) };
}

function build(
  text: string,
  lower: string,
  targetWords: string,
  valueWords: string,
  field: "title" | "description",
): UpdateIntent | CompleteIntent | undefined {
  const ref = parseRef(stripField(targetWords));
  if (!ref) return undefined;
  if (DONE_VALUE.test(valueWords.trim())) return { kind: "complete", ref };
  // "to say X": the new wording is X ("to read X" stays as typed: "Read X" is a fine task).
  let value = valueAt(text, lower, valueWords).replace(/^say\s+/i, "");
  let description: string | undefined;
  const withField = value.match(WITH_FIELD)?.groups;
  if (withField) {
    return TITLE_FIELD.test(withField.field!)
      ? { kind: "update", ref, title: capitalize(unquote(withField.value!)) }
      : { kind: "update", ref, description: unquote(withField.value!) };
  }
  const trailing = value.match(AND_DESCRIPTION);
  if (trailing && field === "title") {
    description = unquote(trailing.groups!.value!);
    value = value.slice(0, trailing.index);
  }
  value = unquote(value).replace(DESCRIPTION_LABEL, "");
  // A pronoun or a date alone is no title: "rename it to it" asks, "change it to 6pm" reschedules.
  // "rename the hall one to urgent": a priority is no title either, so ask.
  if (!value || POINTS_BACK.test(value) || (field === "title" && LEVEL_ONLY.test(value)))
    return { kind: "update", ref, field };
  if (field === "title" && !description && isWhen(value))
    // "rename task 2 to friday": a name was asked for and a date given, so ask which was meant.
    return RENAME_VERB.test(lower)
      ? { kind: "update", ref, field }
      : { kind: "update", ref, when: value };
  return field === "description"
    ? { kind: "update", ref, description: value }
    : { kind: "update", ref, title: capitalize(value), ...(description && { description }) };
}

/** The value in the person's own case: the same span of the original text. */
function valueAt(text: string, lower: string, valueWords: string): string {
  const start = lower.lastIndexOf(valueWords);
  const raw = start >= 0 ? text.slice(start, start + valueWords.length) : valueWords;
  const quoted = raw.match(/^\s*"([^"]+)"|^\s*'([^']+)'\s*$/);
  return (quoted ? (quoted[1] ?? quoted[2]!) : raw).trim().replace(/[.!]+$/, "");
}

function stripField(target: string): string {
  return target.replace(FIELD_NAME, " ").replace(POSSESSIVE, " ").replace(/\s+/g, " ").trim();
}

function unquote(text: string): string {
  return text
    .trim()
    .replace(/^["']|["']$/g, "")
    .replace(/[.!]+$/, "")
    .trim();
}

/** "it should be call plumber", "the title should be …": a new title for the task pointed at. */
const IT_SHOULD_BE = pattern`^(?<target>it|that|this|that one|this one)\s+(?:should|shud|shld)\s+(?:be|have been|say|read)\s+(?<value>.+)$`;
/** "it should be done by friday", "… urgent", "… at 6": a state or a date, never a title. */
const NOT_A_TITLE = pattern`^(?:done|finished|complete|completed|ready|fine|ok|okay|better|urgent|important|high|low|medium|due|by|on|at|in|for|before|after|a|an|the same|removed|deleted|gone|there)\b`;

function pointedTitle(lower: string): { target: string; value: string } | undefined {
  const found = lower.match(IT_SHOULD_BE)?.groups;
  return found && !NOT_A_TITLE.test(found.value!)
    ? { target: found.target!, value: found.value! }
    : undefined;
}

/** "the email one should be email the parents about the trip": a to-do as the new title. */
const NAMED_SHOULD_BE = pattern`^(?<target>.+?)\s+(?:should|shud|shld)\s+be\s+(?<value>.+)$`;

function namedTitle(lower: string): { target: string; value: string } | undefined {
  const found = lower.match(NAMED_SHOULD_BE)?.groups;
  if (!found) return undefined;
  // "swap shift with kiran should be swap shift with kinza": the old title, then the new one
  // led by the same word, names the task by its words.
  const [lead, ...rest] = found.value!.split(" ");
  const sameLead = rest.length > 0 && found.target!.split(" ")[0] === lead;
  return (PLAIN_TARGET.test(found.target!) && TODO_VALUE.test(found.value!)) || sameLead
    ? { target: found.target!, value: found.value! }
    : undefined;
}

/** A task named plainly: a number, a pronoun, a position, or "the … task/one". */
const PLAIN_TARGET = pattern`^(?:(?:task\s*)?#?\d+|task \w+|it|that|this|that one|this one|the (?:first|second|third|last) one|(?:the|my) .+? (?:task|one))$`;
const ANY_FIELD = source`(?<field>${DESCRIPTION}|${fields.title})`;

/**
 * Edits said by naming the field: "add description 'X' to task 1", "task 1
 * description: X", "give task 2 the description X", "replace task 1 with X". The
 * field is the one named, else the statement's own.
 */
const FIELD_STATEMENTS: { statement: RegExp; field: "title" | "description" }[] = [
  {
    statement: pattern`^${verbs.attach}\s+(?:a\s+|the\s+)?${DESCRIPTION}\s+(?<value>.+?)\s+(?:to|for|on)\s+(?<target>.+)$`,
    field: "description",
  },
  {
    statement: pattern`^(?<target>.+?)(?:'s)?\s+${ANY_FIELD}\s*[:=]\s*(?<value>.+)$`,
    field: "description",
  },
  {
    statement: pattern`^give\s+(?<target>.+?)\s+(?:a|the)\s+(?:new\s+)?${ANY_FIELD}\s+(?:of\s+)?(?<value>.+)$`,
    field: "description",
  },
  { statement: pattern`^replace\s+(?<target>.+?)\s+with\s+(?<value>.+)$`, field: "title" },
  // "make the title of task 3 print the programme": the field, the task pointed at, its value.
  {
    statement: pattern`^(?:make|set)\s+(?:the\s+)?${fields.title}\s+(?:of|for|on)\s+(?<target>(?:task\s*)?#?\d+|it|that|this|that one|this one)\s*[:,]?\s+(?:to\s+|be\s+)?(?<value>\S.+)$`,
    field: "title",
  },
  // "make the rent one say pay rent and deposit"
  { statement: pattern`^make\s+(?<target>.+?)\s+(?:say|read)\s+(?<value>.+)$`, field: "title" },
];

function fieldStatements(text: string, lower: string): UpdateIntent | CompleteIntent | undefined {
  for (const { statement, field } of FIELD_STATEMENTS) {
    const found = lower.match(statement)?.groups;
    if (!found || !PLAIN_TARGET.test(found.target!)) continue;
    const named = found.field && TITLE_FIELD.test(found.field) ? "title" : field;
    return build(text, lower, found.target!, found.value!, named);
  }
  return undefined;
}
