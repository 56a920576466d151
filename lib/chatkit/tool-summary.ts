import type { Widgets } from "@openai/chatkit";
import type { StoredToolCall } from "@/db/schema";
import { progressText, readOutcome, summaryLine } from "@/lib/tasks/tool-wording";

/**
 * How task tool calls look in ChatKit: a short progress line while a tool runs, and a
 * small card summarising what the tools did once they are done. The words come from
 * lib/tasks/tool-wording.ts; the icons are ChatKit's own.
 */

const ICONS: Record<string, Widgets.WidgetIcon> = {
  add_task: "plus",
  list_tasks: "notebook",
  complete_task: "check-circle",
  delete_task: "page-blank",
  update_task: "notebook-pencil",
};

const iconOf = (name: string): Widgets.WidgetIcon => ICONS[name] ?? "bolt";

/** The `progress_update` shown while a tool runs. */
export function toolProgress(
  name: string,
  input: unknown,
): { icon: Widgets.WidgetIcon; text: string } {
  return { icon: iconOf(name), text: progressText(name, input) };
}

/** One line per tool call: what happened, in words. */
export function describeToolCall(call: StoredToolCall): string {
  return summaryLine(call.name, readOutcome(call.name, call.result));
}

/** The card summarising a turn's tool calls (a ChatKit widget tree). */
export function toolSummaryWidget(calls: StoredToolCall[]): Widgets.Card {
  return {
    type: "Card",
    size: "sm",
    children: calls.flatMap((call, index): Widgets.Row[] => {
      const outcome = readOutcome(call.name, call.result);
      const failed = outcome.kind === "not_found" || outcome.kind === "failed";
      const line: Widgets.Row = {
        type: "Row",
        gap: 2,
        children: [
          { type: "Icon", name: failed ? "info" : iconOf(call.name), size: "sm" },
          {
            type: "Text",
            value: summaryLine(call.name, outcome),
            size: "sm",
            color: failed ? "danger" : "secondary",
          },
        ],
      };
      // The card is the list (the answer only counts it): the last list shows its tasks;
      // one followed by another call was a lookup (docs/decisions/019).
      if (outcome.kind !== "listed" || index !== calls.length - 1) return [line];
      return [line, ...outcome.tasks.map(taskRow)];
    }),
  };
}

function taskRow(task: { id: number; title: string; completed: boolean }): Widgets.Row {
  return {
    type: "Row",
    gap: 2,
    children: [
      { type: "Icon", name: task.completed ? "check-circle" : "notebook", size: "sm" },
      {
        type: "Text",
        value: `#${task.id} ${task.title}${task.completed ? " (done)" : ""}`,
        size: "sm",
      },
    ],
  };
}

/** The card's text, for ChatKit's copy button. */
export function toolSummaryText(calls: StoredToolCall[]): string {
  return calls
    .flatMap((call, index) => {
      const outcome = readOutcome(call.name, call.result);
      const rows =
        outcome.kind === "listed" && index === calls.length - 1
          ? outcome.tasks.map((t) => `#${t.id} ${t.title}${t.completed ? " (done)" : ""}`)
          : [];
      return [describeToolCall(call), ...rows];
    })
    .join("\n");
}
