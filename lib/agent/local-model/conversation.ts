import type { LanguageModelV4Prompt } from "@ai-sdk/provider";
import type { ListedTask } from "@/lib/tasks/task";
import { readOutcome } from "@/lib/tasks/tool-wording";
import { asRecord } from "@/lib/validation/record";

/** A tool call and its result, as the local model sees them in the prompt. */
export interface SeenToolCall {
  toolCallId: string;
  toolName: string;
  input: Record<string, unknown>;
  output: Record<string, unknown> | undefined;
}

export type { ListedTask };

/** One earlier exchange: what the person said and the tool calls of the answer. */
export interface EarlierTurn {
  userText: string;
  calls: SeenToolCall[];
}

/**
 * What the local model reads from a prompt: the message it must answer, the tool
 * calls it already made for that message (this turn), and the earlier turns (for
 * "the second one", "it", or an answer to "which one?"). All of it comes from the
 * prompt, i.e. from the stored conversation; nothing is remembered between calls.
 */
export interface ConversationView {
  userText: string;
  turnCalls: SeenToolCall[];
  earlierTurns: EarlierTurn[];
  /** Properties of each offered tool's input, e.g. add_task → {title, description}. */
  toolFields: Map<string, Set<string>>;
}

export function readConversation(
  prompt: LanguageModelV4Prompt,
  toolFields: Map<string, Set<string>> = new Map(),
): ConversationView {
  const userIndexes = prompt.flatMap((m, i) => (m.role === "user" ? [i] : []));
  const lastUser = userIndexes.at(-1) ?? -1;
  const earlierTurns = userIndexes.slice(0, -1).map((start, n) => ({
    userText: textOf(prompt[start]!).trim(),
    calls: collectToolCalls(prompt.slice(start + 1, userIndexes[n + 1])),
  }));
  return {
    userText: lastUser >= 0 ? textOf(prompt[lastUser]!).trim() : "",
    turnCalls: collectToolCalls(prompt.slice(lastUser + 1)),
    earlierTurns,
    toolFields,
  };
}

function textOf(message: LanguageModelV4Prompt[number]): string {
  if (message.role !== "user") return "";
  return message.content.map((part) => (part.type === "text" ? part.text : "")).join(" ");
}

function collectToolCalls(messages: LanguageModelV4Prompt): SeenToolCall[] {
  const calls: SeenToolCall[] = [];
  const byId = new Map<string, SeenToolCall>();
  for (const message of messages) {
    if (message.role !== "assistant" && message.role !== "tool") continue;
    for (const part of message.content) {
      if (part.type === "tool-call") {
        const call: SeenToolCall = {
          toolCallId: part.toolCallId,
          toolName: part.toolName,
          input: asObject(part.input),
          output: undefined,
        };
        calls.push(call);
        byId.set(part.toolCallId, call);
      } else if (part.type === "tool-result") {
        const call = byId.get(part.toolCallId);
        const output = part.output;
        const value =
          output.type === "json" || output.type === "error-json"
            ? output.value
            : output.type === "text" || output.type === "error-text"
              ? parseJson(output.value)
              : undefined;
        if (call) call.output = asObject(value);
      }
    }
  }
  return calls;
}

function asObject(value: unknown): Record<string, unknown> {
  if (typeof value === "string") return asObject(parseJson(value));
  return asRecord(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { text };
  }
}

/** The tasks and total of a list_tasks call, read through its result schema. */
export function listedBy(call: SeenToolCall): { tasks: ListedTask[]; total: number } | undefined {
  const outcome = readOutcome(call.toolName, call.output);
  return outcome.kind === "listed" ? outcome : undefined;
}

/** The tasks of the most recent list_tasks result among `calls`, in the order shown. */
export function lastListedTasks(calls: SeenToolCall[]): ListedTask[] | undefined {
  for (let i = calls.length - 1; i >= 0; i--) {
    const listed = listedBy(calls[i]!);
    if (listed) return listed.tasks;
  }
  return undefined;
}

export const CHANGING_TOOLS = new Set(["add_task", "complete_task", "delete_task", "update_task"]);

/** The calls that changed a task and succeeded. */
export function changes(calls: SeenToolCall[]): SeenToolCall[] {
  return calls.filter(
    (c) => CHANGING_TOOLS.has(c.toolName) && typeof c.output?.status === "string",
  );
}
