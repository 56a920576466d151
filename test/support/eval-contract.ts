// The rich-task evaluation set (eval/rich-tasks.json) in-process: the local model with
// the task tools of CONTRACT.md's "Task tools" (test/support/contract-tools.ts) on an
// in-memory list, and a fixed clock, so "tomorrow" is always the same day. A case may
// set its own `now` (ISO instant) and `time_zone` (IANA).
import type { MessageRow } from "@/db/schema";
import { toModelMessages } from "@/lib/chat/history";
import { generateText, stepCountIs, type ModelMessage } from "ai";
import { LocalTaskModel } from "@/lib/agent/local-model/local-model";
import { collectToolCalls } from "@/lib/agent/run-agent";
import { SYSTEM_PROMPT } from "@/lib/agent/system-prompt";
import { contractTools } from "./contract-tools";
import type { EvalTarget, ToolCall } from "./eval-runner";

/** Wednesday 9 December 2026, 10:00 UTC: the rich set's default "now". */
export const EVAL_NOW = "2026-12-09T10:00:00Z";

/** One turn of a local-model conversation: the answer and the tool calls that made it. */
export interface LocalTurn {
  text: string;
  tool_calls: ToolCall[];
}

/**
 * A conversation with the local model over a contract list: each `say` runs one turn with
 * the history as the chat stores and replays it (lib/chat/history.ts), so the phrasing
 * tables, the replayed conversation and the eval target all drive the model one way.
 */
export function localModelConversation(
  setup: string[] = [],
  clock: { now?: string; timeZone?: string } = {},
) {
  const now = new Date(clock.now ?? EVAL_NOW);
  const timeZone = clock.timeZone ?? "UTC";
  const today = new Intl.DateTimeFormat("en-CA", { timeZone }).format(now);
  const list = contractTools(setup, today);
  const model = new LocalTaskModel({ clock: () => ({ now, timeZone }) });
  const messages: ModelMessage[] = [];
  return {
    list,
    async say(message: string): Promise<LocalTurn> {
      messages.push({ role: "user", content: message });
      const result = await generateText({
        model,
        system: SYSTEM_PROMPT,
        messages,
        tools: list.tools,
        stopWhen: stepCountIs(6),
      });
      const tool_calls: ToolCall[] = collectToolCalls(result.steps);
      const row = {
        id: String(messages.length),
        role: "assistant",
        content: result.text,
        tool_calls,
      };
      messages.push(...toModelMessages([row as unknown as MessageRow]));
      return { text: result.text, tool_calls };
    },
  };
}

export function contractTarget(): EvalTarget {
  return async (setup, clock) => {
    const conversation = localModelConversation(setup, clock);
    return {
      async say(message) {
        try {
          const { text, tool_calls } = await conversation.say(message);
          return { conversation_id: "contract", response: text, tool_calls };
        } catch (error) {
          return { error: String(error) };
        }
      },
      tasks: async () => conversation.list.list(),
    };
  };
}
