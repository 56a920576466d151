import type { TaskStatusFilter as StatusFilter } from "@/lib/tasks/task-fields";
import { lexicon } from "./lexicon";
import { pattern, patternWith, source } from "./lexicon/compile";

export type { StatusFilter };
export type ListIntent = { kind: "list"; status: StatusFilter; countOnly: boolean };

const { list } = lexicon;
const LIST_VERB = pattern`\b${list.verbs}\b`;
const LIST_NOUN = pattern`\b${list.topics}\b`;
const TIME = source`(?:today|tonight|tomorrow|this week|this weekend)`;

/** Requests for the list that need no other word: "my tasks", "what's left", "what do I have today". */
const BARE_REQUESTS = [
  pattern`^(?:(?:my|all|all my|the|all the|our)\s+)*(?:${list.kinds}\s+)?(?:tasks?|todos?|to-dos?|list|todo list|to-do list|task list|items?|ones|stuff)(?:\s+(?:please|pls|so far|now|again))?$`,
  pattern`^(?:pending|completed|finished|done|remaining|outstanding|open|unfinished|incomplete|list|ls|tasks|status|agenda|everything|all)$`,
  pattern`^(?:what|whats)\s+(?:remains|still remains|is still open|still needs doing|needs doing|needs to be done)$`,
  pattern`^(?:what(?:'s| is| are)?|whats)\s+(?:left|next|pending|remaining|outstanding|done|completed|finished|up|on (?:my|the) (?:list|plate|agenda)|on mine)\b`,
  pattern`^(?:what's|whats|what is) (?:on|planned|happening)(?: for)? ${TIME}$`,
  // "remind me what I have", "tell me what I've got", "show me what I have written so far":
  // the list asked for in other words.
  pattern`^(?:remind me|tell me|show me)\s+what (?:i|we)(?: have|'ve| have got|'ve got| got)(?: (?:written|written down|added|put|put down|noted|noted down|saved|entered|typed))?(?: (?:on|going on|planned|left|to do))?(?: (?:so far|till now|until now|up to now))?$`,
  pattern`^what (?:do|have) (?:i|we) (?:have|got)(?: (?:on|going on|planned|scheduled))?(?: (?:for )?(?:${TIME}|now))?$`,
  pattern`^what (?:do|did|have|should|must|shall) (?:i|we) (?:have |got |still |need |left |already )*(?:to do|do|done|finish|finished|complete|completed|accomplish|accomplished|get done|got done|got|left|on|${list.completedCues}|crossed off|knocked out|wrapped up|got through|knock out|cross off|tick off|check off|wrap up|get through)\b`,
];
const COUNT = pattern`\b${list.countCues}\b|^count\b`;
const NAMED_LIST = patternWith("g")`\b(?:to-?do|to do|task) list\b`;
const ALL = pattern`\b${list.all}\b`;
const ALL_DONE = pattern`\b(?:all done|all finished)\b`;
const ALL_COMPLETED = pattern`\b(?:all|every) (?:my )?(?:completed|finished|done)\b`;
const ALL_PENDING = pattern`\b(?:all|every) (?:my )?(?:pending|open|remaining|unfinished|incomplete)\b`;
const PENDING = pattern`\b${list.pendingCues}\b`;
const COMPLETED = pattern`^what did (?:i|we)\b|\b${list.completedCues}\b`;

/**
 * "how many now", "how many to go", "how many still to go", "how many more left": with no noun,
 * how many are still open (the words that say so may come one after another).
 */
const HOW_MANY_LEFT = pattern`^(?:and\s+)?how many(?:\s+(?:now|to go|so far|still|more|at this point))*$`;

/** "what's left?", "show completed", "how many tasks do I have", "my list". */
export function parseList(lower: string): ListIntent | undefined {
  if (HOW_MANY_LEFT.test(lower)) return { kind: "list", status: "pending", countOnly: true };
  const bare = BARE_REQUESTS.some((request) => request.test(lower));
  // The noun must be another word than the verb: "list my expenses" is not about tasks.
  const verb = lower.match(LIST_VERB);
  const rest = verb
    ? lower.slice(0, verb.index) + " " + lower.slice(verb.index! + verb[0].length)
    : "";
  if (!bare && !(verb && LIST_NOUN.test(rest))) return undefined;
  return { kind: "list", status: listStatus(lower), countOnly: COUNT.test(lower) };
}

function listStatus(text: string): StatusFilter {
  const lower = text.replace(NAMED_LIST, "list");
  if (ALL.test(lower) && !ALL_DONE.test(lower))
    return ALL_COMPLETED.test(lower) ? "completed" : ALL_PENDING.test(lower) ? "pending" : "all";
  if (PENDING.test(lower)) return "pending";
  if (COMPLETED.test(lower)) return "completed";
  return "all";
}
