import type { Utterance } from "./normalize";
import { capitalize } from "./parse-add";
import { parseRef, type TaskRef } from "./references";

export type UpdateIntent = {
  kind: "update";
  ref?: TaskRef;
  title?: string;
  description?: string;
  /** What to ask for when the new value is missing ("rename task 2"). */
  field?: "title" | "description";
};
type CompleteIntent = { kind: "complete"; ref?: TaskRef };

const FIELD = /\b(?:description|desc|details?|notes?|note)\b/;
const DONE_VALUE = /^(?:done|complete|completed|finished|checked|checked off)$/;

/**
 * "rename task 1 to X", "change the dentist one to X", "update the description of
 * task 2 to Y", "add a note to task 3: Y", "task 2 should be called X".
 */
export function parseUpdate(said: Utterance): UpdateIntent | CompleteIntent | undefined {
  const { text, lower } = said;
  const addNote = lower.match(
    /^(?:add|attach|put|give|write)\s+(?:a\s+|the\s+|some\s+|this\s+)?(?:description|desc|details?|notes?|note)\s+(?:to|for|on)\s+(.+?)(?:\s*[:\-–—]\s*|\s+(?:saying|that says|reading|which says|:)\s+)(.+)$/,
  );
  if (addNote) {
    const ref = parseRef(addNote[1]!);
    const value = valueAt(text, lower, addNote[2]!);
    return ref && value ? { kind: "update", ref, description: value } : undefined;
  }
  const special = fieldStatements(text, lower);
  if (special) return special;
  const should = lower.match(
    /^(.+?)\s+should\s+(?:be\s+(?:called|named|titled|renamed(?:\s+to)?)|say|read)\s+(.+)$/,
  );
  if (should) return build(text, lower, should[1]!, should[2]!, "title");
  const named = lower.match(
    /^(?:call|name|title|retitle|make)\s+(it|that|this|that one|this one|(?:task\s*)?#?\d+|task \w+)\s+(?:say|read|called|named|be called)?\s*(.+)$/,
  );
  if (named && (!/^make\b/.test(lower) || /^make .+? (?:say|read)\b/.test(lower)))
    return build(text, lower, named[1]!, named[2]!, "title");
  const verb = lower.match(
    /^(?:rename|change|update|edit|modify|retitle|re-title|correct|alter|reword|rephrase|amend|fix|set|describe|swap|switch)\s+(.*)$/,
  );
  if (!verb) return undefined;
  const rest = verb[1]!;
  const describe = /^describe\b/.test(lower);
  const split =
    rest.match(
      /^(.*?)\s+(?:so (?:that )?it (?:says|reads)|to be (?:called|named)|to be|to|into|as|->|→|=)\s+(.+)$/,
    ) ??
    rest.match(/^(.*?)\s*(?:[:→=]|->)\s*(.+)$/) ??
    rest.match(
      /^(.*?)\s+(with\s+(?:a\s+|the\s+)?(?:new\s+)?(?:description|desc|details?|notes?|title|name)\b.*)$/,
    );
  const quotedValue = rest.match(/^(.+?)\s+("[^"]+"|'[^']+')$/);
  if (!split && quotedValue) {
    const field = FIELD.test(quotedValue[1]!) || describe ? "description" : "title";
    return build(text, lower, quotedValue[1]!, quotedValue[2]!, field);
  }
  if (!split) {
    const ref = parseRef(stripField(rest));
    if (!ref || /^(?:set|fix|correct|alter|amend)\b/.test(lower)) return undefined;
    return { kind: "update", ref, field: FIELD.test(rest) || describe ? "description" : "title" };
  }
  const field = FIELD.test(split[1]!) || describe ? "description" : "title";
  return build(text, lower, split[1]!, split[2]!, field);
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
  const withField = value.match(
    /^with\s+(?:a\s+|the\s+)?(?:new\s+)?(description|desc|details?|notes?|title|name)\s*(?:of|to|saying|:)?\s*(.+)$/i,
  );
  if (withField) {
    const isTitle = /^(?:title|name)$/i.test(withField[1]!);
    return isTitle
      ? { kind: "update", ref, title: capitalize(unquote(withField[2]!)) }
      : { kind: "update", ref, description: unquote(withField[2]!) };
  }
  const trailing = value.match(
    /\s+(?:with|and)\s+(?:a\s+|the\s+)?(?:new\s+)?(?:description|desc|details?|notes?)\s*(?:of|to|saying|:)?\s*(.+)$/i,
  );
  if (trailing && field === "title") {
    description = unquote(trailing[1]!);
    value = value.slice(0, trailing.index);
  }
  value = unquote(value).replace(
    /^(?:(?:a|the)\s+)?(?:description|desc|details?|notes?)\s*:?\s+/i,
    "",
  );
  if (!value) return { kind: "update", ref, field };
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
  return target
    .replace(
      /\b(?:the\s+)?(?:title|name|wording|text|description|desc|details?|notes?|note)(?:\s+(?:of|for|on|in))?\b/g,
      " ",
    )
    .replace(/'s\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function unquote(text: string): string {
  return text
    .trim()
    .replace(/^["']|["']$/g, "")
    .replace(/[.!]+$/, "")
    .trim();
}

/** A task named plainly: a number, a pronoun, a position, or "the … task/one". */
const PLAIN_TARGET =
  /^(?:(?:task\s*)?#?\d+|task \w+|it|that|this|that one|this one|the (?:first|second|third|last) one|(?:the|my) .+? (?:task|one))$/;

/**
 * Edits said by naming the field: "add description 'X' to task 1", "task 1
 * description: X", "give task 2 the description X", "replace task 1 with X".
 */
function fieldStatements(text: string, lower: string): UpdateIntent | CompleteIntent | undefined {
  const addField = lower.match(
    /^(?:add|attach|put|give|write)\s+(?:a\s+|the\s+)?(?:description|desc|details?|notes?|note)\s+(.+?)\s+(?:to|for|on)\s+(.+)$/,
  );
  if (addField && PLAIN_TARGET.test(addField[2]!))
    return build(text, lower, addField[2]!, addField[1]!, "description");
  const labelled = lower.match(
    /^(.+?)(?:'s)?\s+(description|desc|details|notes?|title|name)\s*[:=]\s*(.+)$/,
  );
  if (labelled && PLAIN_TARGET.test(labelled[1]!)) {
    const field = /^(?:title|name)$/.test(labelled[2]!) ? "title" : "description";
    return build(text, lower, labelled[1]!, labelled[3]!, field);
  }
  const give = lower.match(
    /^give\s+(.+?)\s+(?:a|the)\s+(?:new\s+)?(description|title|name)\s+(?:of\s+)?(.+)$/,
  );
  if (give && PLAIN_TARGET.test(give[1]!)) {
    return build(
      text,
      lower,
      give[1]!,
      give[3]!,
      give[2] === "description" ? "description" : "title",
    );
  }
  const replace = lower.match(/^replace\s+(.+?)\s+with\s+(.+)$/);
  if (replace && PLAIN_TARGET.test(replace[1]!))
    return build(text, lower, replace[1]!, replace[2]!, "title");
  return undefined;
}
