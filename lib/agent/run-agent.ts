import {
  APICallError,
  RetryError,
  stepCountIs,
  streamText,
  type ModelMessage,
  type StepResult,
  type ToolSet,
} from "ai";
import type { StoredToolCall } from "@/db/schema";
import { env } from "@/lib/env";
import { DomainError, UnavailableError } from "@/lib/errors";
import { asRecord } from "@/lib/validation/record";
import { agentTools } from "./agent-tools";
import { CLOCK_OPTIONS_KEY } from "./local-model/clock";
import { chatModel } from "./model";
import { systemPrompt } from "./system-prompt";
import { logFailure } from "@/lib/log";

/** Enough for "list, then act, then answer" with room for a retry; bounds cost per turn. */
export const MAX_AGENT_STEPS = 6;

export interface AgentInput {
  userId: string;
  /** The user's IANA time zone: "today" and every date the model writes are in it. */
  timeZone: string;
  messages: ModelMessage[];
  abortSignal?: AbortSignal;
  /** "Now" for the prompt and the local model; the real clock when not given. */
  now?: Date;
}

export interface AgentAnswer {
  text: string;
  toolCalls: StoredToolCall[];
}

function agentSettings(input: AgentInput) {
  const now = input.now ?? new Date();
  return {
    model: chatModel(),
    system: systemPrompt(now, input.timeZone),
    messages: input.messages,
    tools: agentTools({ userId: input.userId }),
    stopWhen: stepCountIs(MAX_AGENT_STEPS),
    // One tool call at a time, in the order the model gave them: "add milk, eggs and bread"
    // numbers the tasks as said, and two changes to one task apply in the order given. The SDK
    // runs a step's calls side by side unless told otherwise.
    toolCallConcurrency: 1,
    timeout: { totalMs: env().AI_TIMEOUT_MS },
    maxRetries: 1,
    abortSignal: input.abortSignal,
    // The local model reads "now" and the zone here (lib/agent/local-model/clock.ts);
    // other providers ignore options under a key that is not theirs.
    providerOptions: {
      [CLOCK_OPTIONS_KEY]: { now: now.toISOString(), timeZone: input.timeZone },
    },
  };
}

/** The answer as a stream of parts (lib/chat/run-turn.ts tells and stores it). */
export function streamAnswer(input: AgentInput) {
  return streamText(agentSettings(input));
}

/** The tool calls of every step, in order, as the API shows and the database stores them. */
export function collectToolCalls(steps: ReadonlyArray<StepResult<ToolSet>>): StoredToolCall[] {
  const calls: StoredToolCall[] = [];
  for (const step of steps) {
    for (const part of step.content) {
      if (part.type === "tool-result" || part.type === "tool-error")
        calls.push(toStoredToolCall(part));
    }
  }
  return calls;
}

type ToolOutcome = Extract<
  StepResult<ToolSet>["content"][number],
  { type: "tool-result" | "tool-error" }
>;

/** One finished tool call (a step's or a stream's part) as it is stored; a failure is a result too. */
export function toStoredToolCall(part: ToolOutcome): StoredToolCall {
  if (part.type === "tool-result") {
    return { name: part.toolName, arguments: asRecord(part.input), result: part.output };
  }
  return {
    name: part.toolName,
    arguments: asRecord(part.input),
    result: { error: "tool_failed", message: errorMessage(part.error) },
  };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 300) : "The tool failed.";
}

/** Any failure to get an answer is the model being unavailable, in words a person can act on. */
export function modelFailure(failure: unknown): DomainError {
  if (failure instanceof DomainError) return failure;
  // After its retries the SDK reports a RetryError; the provider's answer is its last error.
  const error = RetryError.isInstance(failure) ? failure.lastError : failure;
  const status = APICallError.isInstance(error) ? error.statusCode : undefined;
  logFailure(`model call failed${status ? ` (${status})` : ""}`, error);
  const reason =
    status === 401 || status === 403
      ? "the model provider rejected our credentials"
      : status === 429
        ? "the model provider is rate limiting us"
        : isTimeout(error)
          ? "the model took too long to answer"
          : "the model could not be reached";
  return new UnavailableError(
    "model",
    `The assistant is unavailable right now (${reason}). Your message was saved; please try again.`,
  );
}

function isTimeout(error: unknown): boolean {
  return (
    error instanceof Error && /timeout|timed out|aborted/i.test(`${error.name} ${error.message}`)
  );
}
