import {
  lastListedTasks,
  lastMentionedTaskId,
  type ConversationView,
  type ListedTask,
  type SeenToolCall,
} from "./conversation";
import { matchTasks } from "./match";
import * as reply from "./replies";
import { understand, type Intent, type TaskRef } from "./understand";

export interface PlannedCall {
  toolName: string;
  input: Record<string, unknown>;
}

/** One step of the local model: call tools, or answer in words (which ends the turn). */
export type Step = { kind: "tools"; calls: PlannedCall[] } | { kind: "text"; text: string };

const text = (value: string): Step => ({ kind: "text", text: value });
const call = (toolName: string, input: Record<string, unknown>): Step => ({
  kind: "tools",
  calls: [{ toolName, input }],
});

/**
 * Decides the next step from the conversation so far. Called once per step of the
 * agent loop; everything it needs is in the prompt (history and this turn's tool
 * results), so it holds no state between calls or requests.
 */
export function planNextStep(view: ConversationView): Step {
  const intent = understand(view.userText);
  const done = view.turnCalls;
  switch (intent.kind) {
    case "greet":
      return text(reply.GREETING);
    case "thanks":
      return text(reply.THANKS);
    case "help":
      return text(reply.HELP_TEXT);
    case "unknown":
      return text(reply.UNKNOWN);
    case "add":
      if (done.length === 0) {
        return {
          kind: "tools",
          calls: intent.tasks.map((task) => ({ toolName: "add_task", input: { ...task } })),
        };
      }
      return text(reply.describeAdds(done));
    case "list": {
      const listed = done.find((c) => c.toolName === "list_tasks");
      if (!listed) return call("list_tasks", { status: intent.status });
      const tasks = (listed.output?.tasks as ListedTask[] | undefined) ?? [];
      const total = Number(listed.output?.total ?? tasks.length);
      return text(reply.describeList(tasks, total, intent.status, intent.countOnly));
    }
    case "complete":
    case "delete":
    case "update":
      return planTaskAction(intent, view);
  }
}

const TOOL_FOR = {
  complete: "complete_task",
  delete: "delete_task",
  update: "update_task",
} as const;

function planTaskAction(
  intent: Extract<Intent, { kind: "complete" | "delete" | "update" }>,
  view: ConversationView,
): Step {
  const toolName = TOOL_FOR[intent.kind];
  const acted = view.turnCalls.find((c) => c.toolName === toolName);
  if (acted) return text(reply.describeResult(acted));

  const target = resolveTarget(intent.ref, view, intent.kind);
  if ("step" in target) return target.step;
  const input: Record<string, unknown> = { task_id: target.taskId };
  if (intent.kind === "update") {
    if (intent.title !== undefined) input.title = intent.title;
    if (intent.description !== undefined) input.description = intent.description;
  }
  return call(toolName, input);
}

type Target = { taskId: number } | { step: Step };

function resolveTarget(ref: TaskRef, view: ConversationView, action: Intent["kind"]): Target {
  switch (ref.kind) {
    case "number":
      return { taskId: ref.number };
    case "pronoun": {
      const id = lastMentionedTaskId([...view.earlierCalls, ...view.turnCalls]);
      return id === undefined ? { step: text(reply.NO_PRONOUN_TARGET) } : { taskId: id };
    }
    case "position": {
      const listed = lastListedTasks(view.earlierCalls);
      const index = ref.position === "last" ? (listed?.length ?? 0) - 1 : ref.position - 1;
      const task = listed?.[index];
      return task
        ? { taskId: task.id }
        : { step: text(reply.describeNoPosition(ref.position, listed)) };
    }
    case "words":
      return resolveByWords(ref.words, view.turnCalls, action);
  }
}

/** Title words need the current list: fetch it first, then match against it. */
function resolveByWords(words: string, turnCalls: SeenToolCall[], action: Intent["kind"]): Target {
  const listed = lastListedTasks(turnCalls);
  if (!listed) return { step: call("list_tasks", { status: "all" }) };
  let matches = matchTasks(words, listed);
  // "Complete the meeting task" most likely means the one not done yet.
  if (action === "complete" && matches.length > 1) {
    const pending = matches.filter((t) => !t.completed);
    if (pending.length > 0) matches = pending;
  }
  if (matches.length === 0) return { step: text(reply.describeNoMatch(words)) };
  if (matches.length > 1) return { step: text(reply.describeAmbiguous(words, matches)) };
  return { taskId: matches[0]!.id };
}
