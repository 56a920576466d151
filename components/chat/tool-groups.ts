import { isChangingTool } from "@/lib/tasks/tool-results";
import { readOutcome } from "@/lib/tasks/tool-wording";

/**
 * How an answer's parts are laid out: text as it is; a list the model read only to find a
 * task (another call follows it) as its line, without the table; and consecutive changes
 * of one turn (three adds, two completions) as one card. Streamed and stored answers
 * both come through here, so a reloaded turn looks the same.
 */

export interface ToolPartView {
  name: string;
  output: unknown;
  finished: boolean;
}

export type PartLayout<Part> =
  | { kind: "part"; part: Part; lookup: boolean }
  | { kind: "changes"; parts: Part[]; heading: string };

export function layoutParts<Part>(
  parts: Part[],
  toolOf: (part: Part) => ToolPartView | undefined,
): PartLayout<Part>[] {
  const layout: PartLayout<Part>[] = [];
  let run: Part[] = [];
  const flush = () => {
    if (run.length > 1)
      layout.push({
        kind: "changes",
        parts: run,
        heading: groupHeading(run.map((p) => toolOf(p)!)),
      });
    else if (run.length === 1) layout.push({ kind: "part", part: run[0]!, lookup: false });
    run = [];
  };
  parts.forEach((part, index) => {
    const tool = toolOf(part);
    if (tool && isChangingTool(tool.name)) {
      run.push(part);
      return;
    }
    flush();
    const lookup =
      tool?.name === "list_tasks" && parts.slice(index + 1).some((later) => toolOf(later));
    layout.push({ kind: "part", part, lookup: !!lookup });
  });
  flush();
  return layout;
}

const VERBS = {
  created: "Added",
  completed: "Completed",
  deleted: "Deleted",
  updated: "Updated",
  reopened: "Reopened",
  restored: "Restored",
} as const;

/** What a group of changes did: one kind ("created") when every change is of it, else "mixed". */
export type GroupKind = keyof typeof VERBS | "mixed";

export function groupKind(calls: ToolPartView[]): GroupKind {
  const statuses = new Set(
    calls.map((call) => {
      if (!call.finished) return "pending";
      const outcome = readOutcome(call.name, call.output);
      return outcome.kind === "changed" ? outcome.change.status : "other";
    }),
  );
  const [only] = statuses;
  return statuses.size === 1 && only && Object.hasOwn(VERBS, only)
    ? (only as keyof typeof VERBS)
    : "mixed";
}

/** "Added 3 tasks" when every change is of one kind, else "4 changes" (the interface words: toolCard.groups). */
export function groupHeading(calls: ToolPartView[]): string {
  const kind = groupKind(calls);
  return kind === "mixed" ? `${calls.length} changes` : `${VERBS[kind]} ${calls.length} tasks`;
}
