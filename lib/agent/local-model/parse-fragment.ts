/**
 * A message that is only a task's details: "due friday", "5pm actually", "tomorrow 5pm",
 * "on the 1st", "high priority pls". Said right after an add, it changes the task just
 * added ("it"); it is never a title (docs/local-model.md, "Follow-ups").
 */
import type { Clock } from "./clock";
import type { Utterance } from "./normalize";
import type { DetailChanges, ScheduleIntent } from "./parse-schedule";
import { readDetails, readWhen } from "./task-details";

/**
 * Words around details that say nothing else: "due friday", "make it 5pm", "for 6am", and
 * the words of a change of mind or an afterthought around them ("no wait, tuesday", "oh and
 * it's pretty urgent").
 */
const AROUND =
  /\b(?:due|make|set|put|it's|its|it|that's|that|this|to|for|at|on|by|the|is|be|instead|then|now|please|pls|priority|o'?clock|no|wait|oops|whoops|sorry|actually|hmm|um|umm|oh|and|also|but|pretty|really|very|quite)\b/gu;

/** "not sat", "not friday": a day taken back, up to a comma or the end. */
const NOT_WHEN =
  /(?:^|(?<=[\s,]))(?:but\s+)?not\s+(?:on\s+)?(?<when>[^,.;!]+?)(?=\s*(?:[,.;!]|$)|\s+but\b)/iu;

/**
 * "no sorry sunday not sat", "sorry not friday, saturday": the day said with "not" is the one
 * taken back, no detail of the task; the other day is the one meant.
 */
function withoutDayTakenBack(text: string, clock: Clock): string {
  const match = text.match(NOT_WHEN);
  if (!match?.groups?.when || !readWhen(match.groups.when, clock).date) return text;
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index! + match[0].length)}`;
  return readWhen(rest, clock).date ? rest.replace(/\s+/g, " ").trim() : text;
}

export function parseFieldFragment(said: Utterance, clock: Clock): ScheduleIntent | undefined {
  const text = withoutDayTakenBack(said.text, clock);
  const { title: left, details } = readDetails(text, clock);
  // "low priority, no rush": the same priority said twice, in two phrases.
  const again = left ? readDetails(left, clock) : undefined;
  const title = again && again.details.priority === details.priority ? again.title : left;
  if (
    title
      .toLowerCase()
      .replace(AROUND, "")
      .replace(/[\s,.!;:-]+/g, "")
  )
    return undefined;
  const changes: DetailChanges = {};
  if (details.priority && details.priority !== "none") changes.priority = details.priority;
  if (details.recurrence) changes.recurrence = details.recurrence;
  const when = readWhen(text, clock);
  // A time alone keeps the task's day ("add … tomorrow", then "5pm actually").
  if (when.date && (when.dateSaid || !when.time)) changes.due_date = details.due_date ?? when.date;
  if (when.time) changes.due_time = when.time;
  if (Object.keys(changes).length === 0) return undefined;
  return { kind: "schedule", ref: { kind: "pronoun", plural: false }, changes };
}
