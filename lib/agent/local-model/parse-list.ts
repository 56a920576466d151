import type { TaskStatusFilter as StatusFilter } from "@/lib/tasks/task-fields";

export type { StatusFilter };
export type ListIntent = { kind: "list"; status: StatusFilter; countOnly: boolean };

const LIST_VERB =
  /\b(?:list|show|display|what|what's|whats|what're|which|see|view|gimme|lemme see|how many|how much|tell me|give me|any|anything|do i have|read|check|get|print|pull up|bring up|remind me|is there|are there|got|where|count|number of|total)\b/;
const LIST_NOUN =
  /\b(?:tasks?|todos?|to-dos?|list|pending|left|remaining|completed|complete|done|finished|outstanding|open|to do|agenda|plate|everything|all|items?|next|unfinished|incomplete|remain|status|progress|accomplished)\b/;

/** "what's left?", "show completed", "how many tasks do I have", "my list". */
export function parseList(lower: string): ListIntent | undefined {
  const bare =
    /^(?:(?:my|all|all my|the|all the|our)\s+)*(?:(?:pending|completed|finished|done|open|remaining|outstanding|current|active|unfinished|incomplete|todo|to-do|to do)\s+)?(?:tasks?|todos?|to-dos?|list|todo list|to-do list|task list|items?|ones|stuff)(?:\s+(?:please|pls|so far|now|again))?$/.test(
      lower,
    ) ||
    /^(?:pending|completed|finished|done|remaining|outstanding|open|unfinished|incomplete|list|ls|tasks|status|agenda|everything|all)$/.test(
      lower,
    ) ||
    /^(?:what|whats)\s+(?:remains|still remains|is still open|still needs doing|needs doing|needs to be done)$/.test(
      lower,
    ) ||
    /^(?:what(?:'s| is| are)?|whats)\s+(?:left|next|pending|remaining|outstanding|done|completed|finished|up|on (?:my|the) (?:list|plate|agenda))\b/.test(
      lower,
    ) ||
    /^(?:what's|whats|what is) (?:on|planned|happening)(?: for)? (?:today|tonight|tomorrow|this week|this weekend)$/.test(
      lower,
    ) ||
    /^what (?:do|have) (?:i|we) (?:have|got)(?: (?:on|going on|planned|scheduled))?(?: (?:for )?(?:today|tonight|tomorrow|this week|this weekend|now))?$/.test(
      lower,
    ) ||
    /^what (?:do|did|have|should|must|shall) (?:i|we) (?:have |got |still |need |left |already )*(?:to do|do|done|finish|finished|complete|completed|accomplish|accomplished|get done|got done|got|left|on)\b/.test(
      lower,
    );
  // The noun must be another word than the verb: "list my expenses" is not about tasks.
  const verb = lower.match(LIST_VERB);
  const rest = verb
    ? lower.slice(0, verb.index) + " " + lower.slice(verb.index! + verb[0].length)
    : "";
  if (!bare && !(verb && LIST_NOUN.test(rest))) return undefined;
  return {
    kind: "list",
    status: listStatus(lower),
    countOnly: /\bhow (?:many|much)\b|^count\b|\bnumber of\b/.test(lower),
  };
}

function listStatus(text: string): StatusFilter {
  const lower = text.replace(/\b(?:to-?do|to do|task) list\b/g, "list");
  if (
    /\b(?:all|everything|every|whole|entire|both)\b/.test(lower) &&
    !/\b(?:all done|all finished)\b/.test(lower)
  )
    return /\b(?:all|every) (?:my )?(?:completed|finished|done)\b/.test(lower)
      ? "completed"
      : /\b(?:all|every) (?:my )?(?:pending|open|remaining|unfinished|incomplete)\b/.test(lower)
        ? "pending"
        : "all";
  if (
    /\b(?:not (?:yet )?(?:done|finished|completed|complete)|n't (?:done|finished|completed|complete|do|did)|haven't|havent|didn't|didnt|incomplete|unfinished|pending|left|remaining|remain|remains|outstanding|open|to do|still|undone|next|active|current|need to|have to|should)\b/.test(
      lower,
    )
  ) {
    return "pending";
  }
  if (
    /^what did (?:i|we)\b|\b(?:completed|done|finished|complete|checked off|ticked off|accomplished|achieved|closed)\b/.test(
      lower,
    )
  )
    return "completed";
  return "all";
}
