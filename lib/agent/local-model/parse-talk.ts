import { lexicon } from "./lexicon";
import { pattern } from "./lexicon/compile";
import type { Utterance } from "./normalize";
import { tidyTitle } from "./parse-add";
import { namesAThing } from "./parse-thing";

/**
 * Messages that are no request for the list: someone else's tasks, questions about the
 * world, and a few words that may or may not name a task.
 */

/**
 * Not understood. `topic`: a question outside a todo list ("weather"). `vague`: a few
 * words that may name a task or a new one ("plumber"), worth a question with choices.
 */
export type UnknownIntent = { kind: "unknown"; topic?: string; vague?: Vague };

/** A few words with no verb: they may name an existing task, or be a new one. */
export interface Vague {
  words: string;
  /** The words as a new task's title. */
  title: string;
  /** They name a thing to do or buy ("milk"): a new task when no open task is named. */
  thing?: boolean;
}

const { people, belongings, notOwners } = lexicon.others;
const SOMEONE_ELSE = [
  pattern`\b${people}\b`,
  // "john's tasks", "user 5's list"; not "today's list" or "the 2nd one's done".
  pattern`(?:^|\s)(?!(?:${notOwners})'s)[\w.@+-]+'s\s+(?:\w+\s+)?${belongings}\b`,
  pattern`\b(?:users?|accounts?)\s*#?\s*(?:\d+|[\w.+-]+@)`,
  pattern`[\w.+-]+@[\w-]+\.\w`,
  pattern`\b(?:belonging to|owned by)\s+\w`,
];
/** "delete her tasks" asks for someone else's; "remind me to check her account" is a task. */
const THEIR = pattern`\b(?:his|her|their)\s+${belongings}\b`;
const A_REMINDER = pattern`^(?:(?:add|create|make|new)\s+(?:a|an|one|another)\s+(?:new\s+)?${lexicon.taskNouns.singular}\s+to|remind me|remember|don't forget)\b`;

/** "delete task 1 of the other user", "show john's list": only the person's own list is theirs. */
export function namesSomeoneElse(lower: string): boolean {
  if (SOMEONE_ELSE.some((names) => names.test(lower))) return true;
  return THEIR.test(lower) && !A_REMINDER.test(lower);
}

const TOPICS = Object.entries(lexicon.smalltalk.topics).map(
  ([topic, words]) => [topic, pattern`\b${words}\b`] as const,
);
const QUESTION_START = pattern`^(?:what|what's|who|whose|why|when|where|how|which|is|are|can|do|does|tell|will|should|could)\b`;

/** Not a request we know: a topic we can name, or a few words that may name a task. */
/** The outside topic a message asks about ("what's the weather like tomorrow?"), if any. */
export function outsideTopic(said: Utterance): UnknownIntent["topic"] | undefined {
  return TOPICS.find(([, words]) => words.test(said.lower))?.[0];
}

export function notUnderstood(said: Utterance): UnknownIntent {
  const topic = outsideTopic(said);
  if (topic) return { kind: "unknown", topic };
  const words = said.lower.replace(/[?!.]+$/, "").trim();
  const short = words.split(" ").length <= 3;
  if (!words || !short || QUESTION_START.test(words)) return { kind: "unknown" };
  const title = tidyTitle(said.text.replace(/[?!.]+$/, ""));
  return { kind: "unknown", vague: { words, title, ...(namesAThing(words) && { thing: true }) } };
}
