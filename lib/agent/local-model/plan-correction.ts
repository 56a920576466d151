/**
 * The steps of a correction ("oops i meant 3", "not that one, the gym one", "no, the
 * other one", "wrong one, undo"): take the last change back, as "undo that" does, then
 * make the same change for the task meant. Each step is read from this turn's tool calls,
 * so the model stays stateless: no change yet → the undo; the undo done → the change again.
 */
import { isChangingTool } from "@/lib/tasks/tool-results";
import type { SeenToolCall } from "./conversation";
import { intentOfTurn, lastChangeTurn, otherTasks, shownTasks } from "./context";
import { matchTasks } from "./match";
import type { Step } from "./plan";
import { planSchedule } from "./plan-schedule";
import type { TaskRef } from "./references";
import type { ScheduleIntent } from "./parse-schedule";
import type { ActionIntent, CorrectIntent, UnderstoodConversation } from "./understand";

/** A change that can be made again for another task: a deed, an edit, a new date or priority. */
export type RedoableIntent = ActionIntent | Extract<ScheduleIntent, { kind: "schedule" }>;

const isChange = (c: SeenToolCall) =>
  isChangingTool(c.toolName) && typeof c.output?.status === "string";

export function planCorrection(
  intent: CorrectIntent,
  conversation: UnderstoodConversation,
  planAction: (action: RedoableIntent, conversation: UnderstoodConversation) => Step,
  planOtherwise: () => Step,
): Step {
  const undo = () => planSchedule({ kind: "undo" }, conversation);
  const earlier = conversation.earlier;
  const last = lastChangeTurn(earlier) ?? earlier.length - 1;
  const changedBefore = earlier[last]!.calls.filter(isChange);
  const action = intentOfTurn(earlier, last);
  // "make the AC one urgent" → "no wait, i meant the toner one": a new priority or date too.
  const acted =
    action.kind === "complete" ||
    action.kind === "delete" ||
    action.kind === "update" ||
    action.kind === "schedule";
  // "wait no" right after an add: too vague to delete what was just made; it stays.
  if (intent.takeBack && action.kind === "add") return planOtherwise();
  // "add call the baker" → "sorry, i meant the florist": the new task's object, corrected.
  const fixed = action.kind === "add" ? retitledAdd(intent, changedBefore) : undefined;
  if (fixed) return planAction(fixed, conversation);
  // "i meant 3" after an add or a move names no change to make again: it means what it says.
  if (!acted && (intent.ref || intent.other)) return planOtherwise();
  const ref =
    intent.other && acted
      ? otherTask(action, conversation)
      : amongAsked(intent.ref, conversation, last);
  const turnChanges = conversation.turnCalls.filter(isChange);
  // The change taken back first; with nothing else meant, that is all.
  if (turnChanges.length === 0 || !ref) return undo();
  const undone = new Set(turnChanges.slice(0, changedBefore.length));
  const rest = conversation.turnCalls.filter((c) => !undone.has(c));
  const step = planAction({ ...action, ref } as RedoableIntent, {
    ...conversation,
    turnCalls: rest,
  });
  if (step.kind === "tools") return step;
  // The change made again: one answer for both. Otherwise the undo and why no more was done.
  if (rest.some(isChange)) return undo();
  const undoneText = undo();
  return {
    kind: "text",
    text: undoneText.kind === "text" ? `${undoneText.text}\n${step.text}` : step.text,
  };
}

/**
 * "undo that, i meant luna" after "which walk?" was answered: words that name one of the
 * tasks that question offered mean that one, though they name others on the list too.
 */
function amongAsked(
  ref: TaskRef | undefined,
  conversation: UnderstoodConversation,
  last: number,
): TaskRef | undefined {
  if (ref?.kind !== "words" || last < 1) return ref;
  const asked = shownTasks(conversation.earlier, last - 1) ?? [];
  const named = matchTasks(ref.words, asked);
  return named.length === 1 ? { kind: "numbers", numbers: [named[0]!.id] } : ref;
}

/** "no, the other one": the one task the last change could also have meant (context.ts). */
function otherTask(
  action: RedoableIntent,
  conversation: UnderstoodConversation,
): TaskRef | undefined {
  const others = otherTasks(conversation, action.kind);
  return others.length === 1 ? { kind: "numbers", numbers: [others[0]!.id] } : undefined;
}

/** The words that open a title's last object: "call | the baker", "email priya | the invoice". */
const OBJECT_START = /^(?:the|a|an|my|his|her|their|our|to|for|at|with|about|from|on)$/iu;

/**
 * "i meant the florist" right after adding "Call the baker": one task was added and the words
 * name no task, so they replace the title's last object (what follows its last "the", "to",
 * "for"…): "Call the florist". A title with no such word is not guessed at.
 */
function retitledAdd(intent: CorrectIntent, added: SeenToolCall[]): ActionIntent | undefined {
  if (intent.ref?.kind !== "words" || added.length !== 1) return undefined;
  const title = String(added[0]!.input.title ?? "");
  const id = Number(added[0]!.output?.task_id);
  const words = intent.ref.words.replace(/^(?:the|a|an|my)\s+/iu, "").trim();
  const parts = title.split(" ");
  let at = parts.length - 2;
  while (at >= 0 && !OBJECT_START.test(parts[at]!)) at--;
  if (at < 0 || !words || !Number.isInteger(id)) return undefined;
  const renamed = [...parts.slice(0, at + 1), words].join(" ");
  if (renamed.toLowerCase() === title.toLowerCase()) return undefined;
  return { kind: "update", ref: { kind: "numbers", numbers: [id] }, title: renamed };
}
