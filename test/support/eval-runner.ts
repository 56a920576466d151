// The evaluation runner: sends eval/*.json to the chat (over HTTP or in-process, see
// EvalTarget) and checks each turn's tool calls, the list afterwards and the answer's words.
// Used by `npm run eval` (scripts/eval.ts) and by the unit test that keeps it at 100%.
import fs from "node:fs";
import path from "node:path";
import type { TaskStatusFilter } from "@/lib/tasks/task-fields";
import { isChangingTool } from "@/lib/tasks/tool-results";

interface Expect {
  changes?: { name: string; arguments?: Record<string, unknown> }[];
  list?: TaskStatusFilter;
  /** The turn must call `list_tasks` with these arguments (filters, sort), compared on the keys given. */
  list_args?: Record<string, unknown>;
  tasks?: Record<string, string>;
  reply_includes?: string[];
  reply_excludes?: string[];
}
interface Turn {
  say: string;
  expect: Expect;
}
export interface Case {
  category: string;
  setup?: string[];
  /** The case's clock, where a target can fix it (eval-contract.ts): ISO instant and IANA zone. */
  now?: string;
  time_zone?: string;
  turns: Turn[];
  source: string;
}
export interface ToolCall {
  name: string;
  arguments: Record<string, unknown>;
  result: unknown;
}

/** The evaluation set that must stay at 100%: eval/utterances.json and eval/scenarios.json. */
export function loadCases(): Case[] {
  return ["utterances.json", "scenarios.json"].flatMap((file) =>
    loadCaseFile(path.join("eval", file)),
  );
}

/**
 * Cases of one file: single messages (`say` + `expect`) and conversations (`turns`) may
 * be mixed, as in the held-out sets of eval/held-out/.
 */
export function loadCaseFile(file: string): Case[] {
  const entries = JSON.parse(fs.readFileSync(path.resolve(file), "utf8")) as (Partial<Case> &
    Partial<Turn>)[];
  const name = path.basename(file);
  return entries.map((entry, i) => ({
    category: entry.category ?? "uncategorised",
    setup: entry.setup,
    now: entry.now,
    time_zone: entry.time_zone,
    turns: entry.turns ?? [{ say: entry.say!, expect: entry.expect! }],
    source: `${name} #${i + 1}`,
  }));
}

function hasError(result: unknown): boolean {
  return !!result && typeof result === "object" && "error" in result;
}

function sameValue(a: unknown, b: unknown): boolean {
  return typeof a === "string" && typeof b === "string"
    ? a.trim().toLowerCase() === b.trim().toLowerCase()
    : JSON.stringify(a) === JSON.stringify(b);
}

/** The rows of a list_tasks call as its card shows them: "#1 Buy milk". */
function listCardLines(call: ToolCall): string[] {
  if (call.name !== "list_tasks" || hasError(call.result)) return [];
  const tasks = (call.result as { tasks?: { id?: unknown; title?: unknown }[] } | null)?.tasks;
  return Array.isArray(tasks) ? tasks.map((t) => `#${String(t.id)} ${String(t.title)}`) : [];
}

function checkTurn(
  expect: Expect,
  calls: ToolCall[],
  reply: string,
  tasks: Record<string, string>,
): string[] {
  const problems: string[] = [];
  if (expect.changes) {
    // A change is a call that changed something: a call answered with an error
    // ("task_not_found") left the list as it was.
    const changes = calls.filter((c) => isChangingTool(c.name) && !hasError(c.result));
    const describe = (list: { name: string; arguments?: unknown }[]) =>
      list.map((c) => `${c.name}(${JSON.stringify(c.arguments ?? {})})`).join(", ") || "nothing";
    const ok =
      changes.length === expect.changes.length &&
      expect.changes.every(
        (want, i) =>
          changes[i]!.name === want.name &&
          Object.entries(want.arguments ?? {}).every(([k, v]) =>
            sameValue(changes[i]!.arguments[k], v),
          ),
      );
    if (!ok) problems.push(`changes: wanted ${describe(expect.changes)}, got ${describe(changes)}`);
  }
  if (expect.list) {
    const listed = calls.some(
      (c) => c.name === "list_tasks" && (c.arguments.status ?? "all") === expect.list,
    );
    if (!listed) problems.push(`list: wanted list_tasks(status=${expect.list})`);
  }
  if (expect.list_args) {
    const wanted = Object.entries(expect.list_args);
    const listed = calls.some(
      (c) => c.name === "list_tasks" && wanted.every(([k, v]) => sameValue(c.arguments[k], v)),
    );
    if (!listed) {
      const got = calls
        .filter((c) => c.name === "list_tasks")
        .map((c) => JSON.stringify(c.arguments));
      problems.push(
        `list: wanted list_tasks(${JSON.stringify(expect.list_args)}), got ${got.join(", ") || "none"}`,
      );
    }
  }
  if (expect.tasks && JSON.stringify(expect.tasks) !== JSON.stringify(tasks)) {
    problems.push(`tasks: wanted ${JSON.stringify(expect.tasks)}, got ${JSON.stringify(tasks)}`);
  }
  // What the person sees: the answer, and the list on its card ("#1 Buy milk" per row), since
  // a list is shown once, on its card, not repeated in the text. A list followed by another
  // call was a lookup, which the chat shows without its rows (docs/decisions/019).
  const shown = calls.filter((c, i) => i === calls.length - 1).flatMap(listCardLines);
  const lower = [reply, ...shown].join("\n").toLowerCase();
  for (const fragment of expect.reply_includes ?? []) {
    if (!lower.includes(fragment.toLowerCase())) problems.push(`reply lacks "${fragment}"`);
  }
  for (const fragment of expect.reply_excludes ?? []) {
    if (lower.includes(fragment.toLowerCase())) problems.push(`reply has "${fragment}"`);
  }
  return problems;
}

/** What a case sees of one chat turn: the contract's chat answer, or why there was none. */
export type EvalAnswer =
  { conversation_id: string; response: string; tool_calls: ToolCall[] } | { error: string };

/** A fresh user of the system under test, whose list starts as a case's `setup`. */
export interface EvalUser {
  say(message: string, conversationId: string | undefined): Promise<EvalAnswer>;
  /** The whole list in the eval's notation: {"1": "Buy milk", "2": "[x] Call mom"}. */
  tasks(): Promise<Record<string, string>>;
}

/**
 * How the cases reach the chat: over HTTP (test/support/eval-http.ts) or in-process
 * through the chat core (test/support/eval-in-process.ts). Each case needs a fresh
 * user, since task numbers start at 1.
 */
export type EvalTarget = (
  setup: string[],
  clock?: { now?: string; timeZone?: string },
) => Promise<EvalUser>;

export async function runCase(target: EvalTarget, testCase: Case): Promise<string[]> {
  const user = await target(testCase.setup ?? [], {
    now: testCase.now,
    timeZone: testCase.time_zone,
  });
  let conversationId: string | undefined;
  for (const [index, turn] of testCase.turns.entries()) {
    const answer = await user.say(turn.say, conversationId);
    if ("error" in answer) return [`turn ${index + 1} "${turn.say}": ${answer.error}`];
    conversationId = answer.conversation_id;
    const problems = checkTurn(turn.expect, answer.tool_calls, answer.response, await user.tasks());
    if (problems.length) {
      return problems.map(
        (p) =>
          `turn ${index + 1} "${turn.say}": ${p}\n      reply: ${JSON.stringify(answer.response)}`,
      );
    }
  }
  return [];
}

export interface EvalReport {
  byCategory: Map<string, { passed: number; total: number }>;
  failures: string[];
  passed: number;
  total: number;
}

/** Runs the cases a few at a time: fast, and still gentle on a small server. */
export async function runEval(target: EvalTarget, cases: Case[]): Promise<EvalReport> {
  const byCategory = new Map<string, { passed: number; total: number }>();
  const failures: string[] = [];
  let passed = 0;
  for (let i = 0; i < cases.length; i += 8) {
    const batch = cases.slice(i, i + 8);
    const results = await Promise.all(batch.map((c) => runCase(target, c)));
    batch.forEach((c, j) => {
      const tally = byCategory.get(c.category) ?? { passed: 0, total: 0 };
      tally.total += 1;
      if (results[j]!.length === 0) {
        tally.passed += 1;
        passed += 1;
      } else failures.push(`✗ [${c.category}] ${c.source}\n    ${results[j]!.join("\n    ")}`);
      byCategory.set(c.category, tally);
    });
  }
  return { byCategory, failures, passed, total: cases.length };
}
