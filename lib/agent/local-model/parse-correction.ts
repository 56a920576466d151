/**
 * "oops i meant 3", "no wait, not that one, the gym one", "wrong one, undo", "no, the
 * other one": the last change hit the wrong task. Read from the message as typed, since
 * normalizing drops these words as politeness ("i meant 3" → "3"). Whether it is a
 * correction depends on the turn before (context.ts): after a change, it takes the change
 * back and makes it again for the task now named; otherwise the message means what it
 * says without them ("i meant 3" answering "which one?").
 */
import { pattern } from "./lexicon/compile";
import { bareRef, parseRef, type TaskRef } from "./references";
import type { Intent } from "./understand";

export type CorrectIntent = {
  kind: "correct";
  /** The task meant instead; none: only take the last change back. */
  ref?: TaskRef;
  /** "no, the other one": the other of the tasks the last change could have meant. */
  other?: boolean;
  /** "wait no", "oops, not yet": only a change of mind, which a new task does not get. */
  takeBack?: boolean;
  /** The message read on its own, for when no change came before. */
  otherwise: Intent;
};

/** Words before a correction: "oops", "no no", and "undo that" ("undo that, i meant luna"). */
const INTERJECTION = String.raw`(?:no|nope|nah|oops|actually|whoops|sorry|wait|ugh|oh|ah|hmm|argh|damn|my bad|oh no|no no|hold on|hang on|undo(?: that| it)?)`;
/** A marker that says the last change was wrong, and what follows it. */
const STRONG = pattern`^(?:${INTERJECTION}[\s,.!]+)*(?:wrong (?:one|task|item)|(?:that|it)(?:'s| was| is) (?:the )?wrong(?: one| task)?|not (?:that|this) one|not (?:that|this)|i meant|i mean|meant)(?<rest>(?:[\s,.!:;—-].*)?)$`;
/** "no, 3", "no the other one": a bare "no" corrects only with a reference after it. */
const WEAK = pattern`^(?:${INTERJECTION}[\s,.!]+)*no(?:[\s,.!]+(?:sorry|wait|my bad|oops))?[\s,.!]+(?<rest>\S.*)$`;
/** "oh no wait, i haven't", "no wait, not done yet": said of the change just made. */
const NOT_DONE_YET = String.raw`(?:i\s+)?(?:haven't|have not|havent|didn't|did not|didnt)(?: (?:yet|actually|done it|do it))*|not (?:done|finished)(?: yet)?`;
const STILL_NEED = String.raw`(?:i\s+)?(?:still\s+)?need (?:that|it|this)(?: one)?(?: still)?`;
/**
 * "wait no", "oh no", "no wait, i still need that", "oops, not yet actually": the last change
 * taken back with no task named. A bare "no" is not one: it answers questions.
 */
const TAKE_BACK = pattern`^(?:${INTERJECTION}[\s,.!]+)*(?:(?:wait|hold on|hang on|oh|oops|whoops)[\s,.!]+no+|no+[\s,.!]+(?:wait|hold on|hang on|stop|don't)|not yet|${STILL_NEED})(?:[\s,.!]+(?:actually|sorry|${STILL_NEED}|${NOT_DONE_YET}))*$`;
/**
 * "actually no, the email was still a draft. undo": a change of mind with its reason, then the
 * take-back itself at the end.
 */
const REASON_THEN_UNDO = pattern`^(?:actually\s+)?(?:${INTERJECTION}|actually)[\s,.!]+\S.*[,.;!]\s*(?:so\s+)?(?:undo|revert|take it back)(?: that| it| this)?(?: pls| please)?$`;
/**
 * "oh wait no, not the uniform, that's still at the cleaners": the task just changed named as
 * not meant, then why; a task named after it ("not the milk, the eggs") is meant instead.
 */
const NOT_THAT_TASK = pattern`^(?:${INTERJECTION}[\s,.!]+)*(?:actually\s+)?not (?:the|my)\s+[^,;.]+?(?:[,;.]\s*(?<why>(?:that's|thats|that is|it's|its|it is|they're|i|still|he|she|we)\b.*))?$`;
const LEAD =
  /^[\s,.!:;—-]*(?:(?:i meant|i mean|meant|it was|it's|its|that was|that's|thats|should be|it should be|should have been)\s+)?/u;
/** "it was the cups", "i meant the lab": the words that name the task meant, without the lead. */
export const withoutLead = (words: string) => words.replace(LEAD, "");
const UNDO_ONLY =
  /^(?:(?:pls|please)\s+)?(?:undo|revert|undo that|undo it|revert that|take it back|put it back|bring it back)(?:\s+(?:pls|please))?$/u;
const OTHER = /^(?:the\s+)?other(?:\s+(?:one|task|item))?$/u;
/**
 * "wrong one, i meant the 4th": a marker that says the task was wrong, not the day, so a place
 * or number after it names the task meant, though "the 4th" alone also reads as a date (and
 * "wrong task, i meant the 2nd" as a new task).
 */
const WRONG_TASK = pattern`^(?:${INTERJECTION}[\s,.!]+)*(?:wrong (?:one|task|item)|(?:that|it)(?:'s| was| is) (?:the )?wrong(?: one| task)|not (?:that|this) one)\b`;

/** Commands that stand on their own even after a marker ("i mean add milk"). */
const STANDS_ALONE = new Set(["add", "list", "multi", "query", "schedule", "reopen", "restore"]);
/** "undo that, i meant luna": a reopening that names no task leaves the marker to say it. */
const standsAlone = (otherwise: Intent) =>
  STANDS_ALONE.has(otherwise.kind) &&
  !(
    (otherwise.kind === "reopen" || otherwise.kind === "restore") &&
    !("ref" in otherwise && otherwise.ref)
  );

export function readCorrection(typed: string, otherwise: Intent): CorrectIntent | undefined {
  const lower = typed
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[.!?]+$/u, "")
    .trim();
  if (
    (TAKE_BACK.test(lower) || REASON_THEN_UNDO.test(lower) || NOT_THAT_TASK.test(lower)) &&
    !standsAlone(otherwise)
  )
    return { kind: "correct", takeBack: true, otherwise };
  const strong = lower.match(STRONG)?.groups;
  const found = strong ?? lower.match(WEAK)?.groups;
  if (!found) return undefined;
  // "no wait, that was the nets, stumps still to buy": the task meant, then news about it.
  const rest = found
    .rest!.replace(LEAD, "")
    .split(/[,;.]\s/u)[0]!
    .replace(/[\s,.!]+$/u, "")
    .trim();
  if (OTHER.test(rest)) return { kind: "correct", other: true, otherwise };
  // "wrong task, i meant the 2nd", "oops wrong one, put it back": what follows the marker is
  // the task meant or the take-back, though the whole also reads as an add or a new date.
  const wrongTask = WRONG_TASK.test(lower);
  if (strong && (!rest || UNDO_ONLY.test(rest)))
    return standsAlone(otherwise) && !wrongTask ? undefined : { kind: "correct", otherwise };
  if (standsAlone(otherwise) && !wrongTask) return undefined;
  // "no, the electrician": after a bare "no", a task named with "the" is meant instead.
  const named = (strong || /^the\s/u.test(rest)) && rest.split(" ").length <= 4;
  const ref = bareRef(rest) ?? (named ? parseRef(rest) : undefined);
  if (!ref || ref.kind === "all" || ref.kind === "pronoun") return undefined;
  return { kind: "correct", ref, otherwise };
}
