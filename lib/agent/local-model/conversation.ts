import type { LanguageModelV4Prompt } from "@ai-sdk/provider";

/** A tool call and its result, as the local model sees them in the prompt. */
export interface SeenToolCall {
  toolCallId: string;
  toolName: string;
  input: Record<string, unknown>;
  output: Record<string, unknown> | undefined;
}

export interface ListedTask {
  id: number;
  title: string;
  description?: string | null;
  completed: boolean;
}

/**
 * What the local model reads from a prompt: the message it must answer, the tool
 * calls it already made for that message (this turn), and what earlier turns showed
 * (the last list, the last task named) so that "the second one" and "it" resolve.
 */
export interface ConversationView {
  userText: string;
  turnCalls: SeenToolCall[];
  earlierCalls: SeenToolCall[];
  earlierUserTexts: string[];
}

export function readConversation(prompt: LanguageModelV4Prompt): ConversationView {
  let lastUser = -1;
  prompt.forEach((message, index) => {
    if (message.role === "user") lastUser = index;
  });
  const userText = lastUser >= 0 ? textOf(prompt[lastUser]!) : "";
  const earlierUserTexts = prompt
    .slice(0, Math.max(lastUser, 0))
    .flatMap((m) => (m.role === "user" ? [textOf(m)] : []));
  return {
    userText: userText.trim(),
    turnCalls: collectToolCalls(prompt.slice(lastUser + 1)),
    earlierCalls: collectToolCalls(prompt.slice(0, Math.max(lastUser, 0))),
    earlierUserTexts,
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
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { text };
  }
}

/** The tasks of the most recent list_tasks result among `calls`, in the order shown. */
export function lastListedTasks(calls: SeenToolCall[]): ListedTask[] | undefined {
  for (let i = calls.length - 1; i >= 0; i--) {
    const call = calls[i]!;
    if (call.toolName === "list_tasks" && Array.isArray(call.output?.tasks)) {
      return call.output.tasks as ListedTask[];
    }
  }
  return undefined;
}

/** The number of the task most recently created, changed or named by a tool. */
export function lastMentionedTaskId(calls: SeenToolCall[]): number | undefined {
  for (let i = calls.length - 1; i >= 0; i--) {
    const call = calls[i]!;
    const id = call.output?.task_id ?? call.input.task_id;
    if (
      typeof id === "number" &&
      call.output?.error === undefined &&
      call.output?.status !== "deleted"
    )
      return id;
  }
  return undefined;
}
