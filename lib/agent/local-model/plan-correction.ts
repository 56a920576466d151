/**
 * The steps of a correction ("oops i meant 3", "not that one, the gym one", "no, the
 * other one", "wrong one, undo"): take the last change back, as "undo that" does, then
 * make the same change for the task meant. Each step is read from this turn's tool calls,
 * so the model stays stateless: no change yet → the undo; the undo done → the change again.
 */
import { isChangingTool } from "@/lib/tasks/tool-results";
import type { SeenToolCall } from "./conversation";
import { intentOfTurn, lastChangeTurn, otherTasks } from "./context";
import type { Step } from "./plan";
import { planSchedule } from "./plan-schedule";
import type { TaskRef } from "./references";
import type { ActionIntent, CorrectIntent, UnderstoodConversation } from "./understand";

const isChange = (c: SeenToolCall) =>
  isChangingTool(c.toolName) && typeof c.output?.status === "string";

export function planCorrection(
  intent: CorrectIntent,
  conversation: UnderstoodConversation,
  planAction: (action: ActionIntent, conversation: UnderstoodConversation) => Step,
  planOtherwise: () => Step,
): Step {
  const undo = () => planSchedule({ kind: "undo" }, conversation);
  const earlier = conversation.earlier;
  const last = lastChangeTurn(earlier) ?? earlier.length - 1;
  const changedBefore = earlier[last]!.calls.filter(isChange);
  const action = intentOfTurn(earlier, last);
  const acted = action.kind === "complete" || action.kind === "delete" || action.kind === "update";
  // "i meant 3" after an add or a move names no change to make again: it means what it says.
  if (!acted && (intent.ref || intent.other)) return planOtherwise();
  const ref = intent.other && acted ? otherTask(action, conversation) : intent.ref;
  const turnChanges = conversation.turnCalls.filter(isChange);
  // The change taken back first; with nothing else meant, that is all.
  if (turnChanges.length === 0 || !ref) return undo();
  const undone = new Set(turnChanges.slice(0, changedBefore.length));
  const rest = conversation.turnCalls.filter((c) => !undone.has(c));
  const step = planAction({ ...action, ref } as ActionIntent, { ...conversation, turnCalls: rest });
  if (step.kind === "tools") return step;
  // The change made again: one answer for both. Otherwise the undo and why no more was done.
  if (rest.some(isChange)) return undo();
  const undoneText = undo();
  return {
    kind: "text",
    text: undoneText.kind === "text" ? `${undoneText.text}\n${step.text}` : step.text,
  };
}

/** "no, the other one": the one task the last change could also have meant (context.ts). */
function otherTask(
  action: ActionIntent,
  conversation: UnderstoodConversation,
): TaskRef | undefined {
  const others = otherTasks(conversation, action.kind);
  return others.length === 1 ? { kind: "numbers", numbers: [others[0]!.id] } : undefined;
}
