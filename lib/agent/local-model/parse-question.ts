import { lexicon } from "./lexicon";
import { oneOf, pattern } from "./lexicon/compile";
import { parseRef, type TaskRef } from "./references";

/** "did I already tick off milk?", "is milk on my list?": answered from the list, nothing changes. */
export type AskIntent = { kind: "ask"; ref: TaskRef; about: "done" | "listed" };

const DONE_WORDS = oneOf(lexicon.done);
const COMPLETE_VERBS = oneOf([...lexicon.verbs.complete, ...lexicon.verbs.completedPast]);
const ASK_DONE = [
  pattern`^(?:did|have|has)\s+(?:i|we)\s+(?:already\s+|actually\s+|ever\s+|really\s+)?(?:${COMPLETE_VERBS}|do)\s+(?<target>.+?)(?:\s+(?:already|yet|off|today|then))*\??$`,
  // "did I call the landlord yet?", "have I renewed the gym membership?": the deed names the task.
  pattern`^(?:did|have|has)\s+(?:i|we)\s+(?:already\s+|actually\s+|ever\s+|really\s+)?(?<target>[a-z]+\s+.+?)(?:\s+(?:already|yet|today|then))*\??$`,
  pattern`^(?:is|are|was|were|has|have)\s+(?<target>.+?)\s+(?:been\s+|already\s+)?${DONE_WORDS}(?:\s+(?:yet|already|then))*\??$`,
  // "is the roses one still open?": still not done is asked as done is.
  pattern`^(?:is|are)\s+(?<target>.+?)\s+still\s+(?:open|pending|outstanding|undone|not done|to do|left)\??$`,
  // "did the roses get done?", "has the boiler got sorted yet?"
  pattern`^(?:did|has|have)\s+(?<target>.+?)\s+(?:already\s+)?(?:get|got|gotten)\s+${DONE_WORDS}(?:\s+(?:yet|already|then))*\??$`,
];
/** "is the hostel fee paid?", "has the parcel been delivered yet?": the task's own verb, done. */
const ASK_DEED_DONE = pattern`^(?:is|are|was|were|has|have)\s+(?<target>.+?)\s+(?:been\s+|already\s+|actually\s+)*(?<verb>\p{L}+)(?:\s+(?:yet|already|then|today))*\??$`;
const ASK_LISTED = pattern`^(?:is|are)\s+(?<target>.+?)\s+(?:(?:still|already)\s+)?(?:on|in)\s+(?:(?:my|the)\s+(?:\w+\s+)?list|there)\??$`;

/** "renewed the gym membership" → "renew gym membership", else "gym membership". */
function deedWords(ref: TaskRef | undefined): TaskRef | undefined {
  if (ref?.kind !== "words") return ref;
  const [verb, ...object] = ref.words.split(" ");
  const base = lexicon.morphology.baseOfPast(verb!) ?? verb!;
  if (!object.length || !ACTION_VERB.test(base)) return ref;
  return { kind: "words", words: [base, ...object].join(" "), object: object.join(" ") };
}
const ACTION_VERB = pattern`^${lexicon.verbs.action}$`;

/** "is the hostel fee paid?" → "pay hostel fee", else "hostel fee". */
function deedDone(lower: string): TaskRef | undefined {
  const asked = lower.match(ASK_DEED_DONE)?.groups;
  const base = asked ? lexicon.morphology.baseOfPast(asked.verb!) : undefined;
  if (!asked || !base || !ACTION_VERB.test(base) || NOT_DEED.test(asked.verb!)) return undefined;
  const target = parseRef(asked.target!);
  if (target?.kind !== "words") return undefined;
  return { kind: "words", words: `${base} ${target.words}`, object: target.words };
}
const NOT_DEED = pattern`^${lexicon.verbs.notDeeds}$`;

/** A question about one task ("did I already tick off milk?"), not about the whole list. */
export function askAbout(lower: string): AskIntent | undefined {
  const listed = lower.match(ASK_LISTED)?.groups?.target;
  const done = listed
    ? undefined
    : ASK_DONE.map((q) => lower.match(q)?.groups?.target).find(Boolean);
  const ref = deedWords(parseRef(listed ?? done ?? "")) ?? (listed ? undefined : deedDone(lower));
  const oneTask =
    ref?.kind === "numbers" ||
    ref?.kind === "pronoun" ||
    // "is the second one done?": a place in the list shown.
    ref?.kind === "position" ||
    (ref?.kind === "words" && // "have I missed anything?": not one task.
      !/^(?:all|any)\b|\b(?:anything|everything|something)\b/.test(ref.words));
  if (!ref || !oneTask) return undefined;
  return { kind: "ask", ref, about: listed ? "listed" : "done" };
}
