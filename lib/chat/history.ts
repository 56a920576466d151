import type { ModelMessage } from "ai";
import type { MessageRow } from "@/db/schema";

/**
 * Stored messages as model messages. An answer's tool calls and results go back in
 * as they happened, so the model can resolve "the second one" or "it" from them.
 */
export function toModelMessages(rows: MessageRow[]): ModelMessage[] {
  const messages: ModelMessage[] = [];
  for (const row of rows) {
    if (row.role === "user") {
      messages.push({ role: "user", content: row.content });
      continue;
    }
    const calls = row.tool_calls ?? [];
    if (calls.length > 0) {
      const ref = (i: number) => ({
        toolCallId: `stored_${row.id}_${i}`,
        toolName: calls[i]!.name,
      });
      messages.push({
        role: "assistant",
        content: calls.map((call, i) => ({ type: "tool-call", ...ref(i), input: call.arguments })),
      });
      messages.push({
        role: "tool",
        content: calls.map((call, i) => ({
          type: "tool-result",
          ...ref(i),
          output: { type: "json", value: (call.result ?? null) as never },
        })),
      });
    }
    if (row.content) messages.push({ role: "assistant", content: row.content });
  }
  return messages;
}

/** A conversation's title from its first message: its first line, cut at a word near 60 characters. */
export function titleFromMessage(message: string): string {
  const line = message.trim().split("\n")[0]!.replace(/\s+/g, " ");
  if (line.length <= 60) return line;
  const cut = line.slice(0, 60);
  const space = cut.lastIndexOf(" ");
  return `${(space > 30 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
