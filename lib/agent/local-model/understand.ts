/**
 * Turns one message into an intent: what the person wants done, and to which task.
 * Rule-based and deterministic on purpose (see docs/decisions/003-local-model.md).
 * The order of the checks is the point: an explicit "add …" wins over command words
 * inside the title ("add a task to delete old emails"), and a wish ("I need to …")
 * is a new task unless it plainly names a task command ("I need to delete task 3").
 */
import { normalize, type Utterance } from "./normalize";
import { isBareTodo, parseAdd, type NewTask } from "./parse-add";
import { parseComplete, parseDelete, parseReopen } from "./parse-change";
import { parseList, type StatusFilter } from "./parse-list";
import { parseUpdate, type UpdateIntent } from "./parse-update";
import { parseRef, type TaskRef } from "./references";

export type { NewTask } from "./parse-add";
export type { StatusFilter } from "./parse-list";
export type { TaskRef } from "./references";

export type Intent =
  | { kind: "add"; tasks: NewTask[] }
  | { kind: "list"; status: StatusFilter; countOnly: boolean }
  | { kind: "complete"; ref?: TaskRef }
  /** `confirmed`: the person said "yes" to deleting their whole list. */
  | { kind: "delete"; ref?: TaskRef; confirmed?: boolean }
  | UpdateIntent
  /** Only a reference ("#3", "the second one"): an answer to "which one?". */
  | { kind: "select"; ref: TaskRef }
  | { kind: "reopen" }
  | { kind: "cancel" }
  | { kind: "confirm" }
  | { kind: "greet" }
  | { kind: "thanks" }
  | { kind: "bye" }
  | { kind: "ack" }
  | { kind: "help" }
  | { kind: "unknown" };

export type ActionIntent = Extract<Intent, { kind: "complete" | "delete" | "update" }>;

export function understand(message: string): Intent {
  const said = normalize(message);
  if (said.smalltalk) return { kind: said.smalltalk };
  const { lower } = said;
  if (!lower)
    return /^\W*(?:yes|yeah|yep|yup|sure|ok|okay|y)\b/i.test(message)
      ? { kind: "confirm" }
      : { kind: "ack" };
  if (
    /^(?:do it|go ahead|go for it|confirm|confirmed|i'm sure|im sure|yes please|absolutely|of course|please do)$/.test(
      lower,
    )
  )
    return { kind: "confirm" };
  if (isHelp(lower)) return { kind: "help" };
  if (
    /^(?:no|nope|nah|never ?mind|forget it|cancel|cancel that|stop|don't|do not|leave it|skip it|no thanks|not now|none|neither)$/.test(
      lower,
    )
  )
    return { kind: "cancel" };
  if (said.wish) return understandWish(said);
  if (/^(?:am i|are we|is everything)\s+(?:all\s+)?(?:done|finished|through)\b/.test(lower))
    return { kind: "list", status: "pending", countOnly: false };
  if (
    /^(?:how am i doing|how(?:'s| is) my progress|(?:show )?my progress|how far am i)\b/.test(lower)
  )
    return { kind: "list", status: "all", countOnly: false };
  if (isStatusQuestion(lower))
    return parseList(lower) ?? { kind: "list", status: "all", countOnly: false };
  return understandCommand(said) ?? understandLoose(said) ?? { kind: "unknown" };
}

/** Messages that start with a command verb, in the order that keeps titles intact. */
function understandCommand(said: Utterance): Intent | undefined {
  return (
    parseAdd(said, { explicit: true }) ??
    parseReopen(said.lower) ??
    parseUpdate(said) ??
    parseComplete(said.lower) ??
    parseDelete(said.lower) ??
    parseList(said.lower)
  );
}

/** Statements without a leading verb: "task 2 is done", "milk, eggs", "#3". */
function understandLoose(said: Utterance): Intent | undefined {
  const ref = bareRef(said.lower);
  if (ref) return { kind: "select", ref };
  if (isBareTodo(said.lower)) return parseAdd(said, { explicit: false });
  return undefined;
}

/** "is task 2 done?", "did I finish the report?": answered by showing the list with its checkmarks. */
function isStatusQuestion(lower: string): boolean {
  return (
    /^(?:did|have|has)\s+(?:i|we)\s+(?:already\s+|actually\s+)?(?:finish|finished|complete|completed|do|done|did|check|checked)\b/.test(
      lower,
    ) ||
    /^(?:is|are|was|were|has|have)\s+.+\s+(?:been\s+)?(?:done|finished|completed|complete|checked off)(?:\s+yet|\s+already)?$/.test(
      lower,
    )
  );
}

/**
 * "I need to …": a command only when it names one plainly (a task number, "my
 * tasks", "a task", "as done"), so "I need to finish the report" is a new task.
 */
function understandWish(said: Utterance): Intent {
  const command = understandCommand(said);
  const plain =
    command &&
    (command.kind === "list" ||
      command.kind === "add" ||
      /^(?:see|view|check|know|mark|rename|add|create)\b/.test(said.lower) ||
      /\b(?:tasks?\s*#?\d+|#\d+|from my list|off my list|on my list|the \w+ (?:task|one)|as (?:done|complete|completed|finished))\b/.test(
        said.lower,
      ));
  if (plain) return command;
  return parseAdd(said, { explicit: false }) ?? { kind: "unknown" };
}

function bareRef(lower: string): TaskRef | undefined {
  const looksLikeRef =
    /^(?:(?:task|number|no\.?|item)\s*)?#?\s*\d+$/.test(lower) ||
    /^(?:the )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|top|bottom|\d+(?:st|nd|rd|th))(?: one| task| item)?(?: on the list)?$/.test(
      lower,
    ) ||
    /^(?:the )?.{1,40} one$/.test(lower) ||
    /^(?:both|all of them|them all|all|either)$/.test(lower);
  return looksLikeRef ? parseRef(lower) : undefined;
}

function isHelp(lower: string): boolean {
  return /^(?:help|help me|\?+|what can you do|what else can you do|what do you do|what can i (?:do|say|ask)|what (?:can|should) i (?:say|ask|type)|how (?:does this|do you|does it|do i use this|do i use you|can you help)(?: work)?|how do i use (?:this|you|it)|what are you|who are you|what is this|commands|what are (?:the|your) commands|what commands|show (?:me )?(?:the )?commands|options|menu|i need help|how does this app work|what are your (?:features|capabilities)|instructions|usage|tutorial|get started|how to use|what can this do)\b/.test(
    lower,
  );
}
