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
  /\b(?:due|make|set|put|it's|its|it|that's|that|this|to|for|at|on|by|the|is|be|instead|then|now|please|pls|priority|o'?clock|no|wait|oops|whoops|sorry|actually|hmm|um|umm|oh|and|also|pretty|really|very|quite)\b/gu;

export function parseFieldFragment(said: Utterance, clock: Clock): ScheduleIntent | undefined {
  const { title: left, details } = readDetails(said.text, clock);
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
  const when = readWhen(said.text, clock);
  // A time alone keeps the task's day ("add … tomorrow", then "5pm actually").
  if (when.date && (when.dateSaid || !when.time)) changes.due_date = details.due_date ?? when.date;
  if (when.time) changes.due_time = when.time;
  if (Object.keys(changes).length === 0) return undefined;
  return { kind: "schedule", ref: { kind: "pronoun", plural: false }, changes };
}
