// The evaluation runner: sends eval/*.json through the HTTP API of a running server
// and checks each turn's tool calls, the list afterwards and the answer's words.
// Used by `npm run eval` (scripts/eval.ts) and by the integration test that keeps it at 100%.
import fs from "node:fs";
import path from "node:path";
import type { TaskStatusFilter } from "@/lib/tasks/task-fields";
import { apiAs, signUp, type TestUser } from "./users";

interface Expect {
  changes?: { name: string; arguments?: Record<string, unknown> }[];
  list?: TaskStatusFilter;
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
  turns: Turn[];
  source: string;
}
interface ToolCall {
  name: string;
  arguments: Record<string, unknown>;
  result: unknown;
}

const CHANGING = new Set(["add_task", "complete_task", "delete_task", "update_task"]);

export function loadCases(): Case[] {
  const dir = path.join(process.cwd(), "eval");
  const read = (file: string) =>
    JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as never[];
  const utterances = read("utterances.json").map((c: Case & Turn, i) => ({
    category: c.category,
    setup: c.setup,
    turns: [{ say: c.say, expect: c.expect }],
    source: `utterances.json #${i + 1}`,
  }));
  const scenarios = read("scenarios.json").map((c: Case, i) => ({
    ...c,
    source: `scenarios.json #${i + 1}`,
  }));
  return [...utterances, ...scenarios];
}

function hasError(result: unknown): boolean {
  return !!result && typeof result === "object" && "error" in result;
}

function sameValue(a: unknown, b: unknown): boolean {
  return typeof a === "string" && typeof b === "string"
    ? a.trim().toLowerCase() === b.trim().toLowerCase()
    : JSON.stringify(a) === JSON.stringify(b);
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
    const changes = calls.filter((c) => CHANGING.has(c.name) && !hasError(c.result));
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
  if (expect.tasks && JSON.stringify(expect.tasks) !== JSON.stringify(tasks)) {
    problems.push(`tasks: wanted ${JSON.stringify(expect.tasks)}, got ${JSON.stringify(tasks)}`);
  }
  const lower = reply.toLowerCase();
  for (const fragment of expect.reply_includes ?? []) {
    if (!lower.includes(fragment.toLowerCase())) problems.push(`reply lacks "${fragment}"`);
  }
  for (const fragment of expect.reply_excludes ?? []) {
    if (lower.includes(fragment.toLowerCase())) problems.push(`reply has "${fragment}"`);
  }
  return problems;
}

/**
 * Each case needs a fresh user (task numbers start at 1). A server with Better Auth's
 * sign-up limit on (any server not started with AUTH_RATE_LIMIT=off) refuses a burst of
 * sign-ups with 429: wait as it says and try again, so `--url` works against any server.
 */
async function signUpFreshUser(baseUrl: string): Promise<TestUser> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await signUp(baseUrl, "Eval");
    } catch (error) {
      if (!String(error).includes("429") || attempt === 60) throw error;
      if (!warnedAboutRateLimit) {
        warnedAboutRateLimit = true;
        console.warn(
          "The server limits sign-ups (one fresh user per case); waiting between them. " +
            "Start it with AUTH_RATE_LIMIT=off for a fast run.",
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}
let warnedAboutRateLimit = false;

export async function runCase(baseUrl: string, testCase: Case): Promise<string[]> {
  const user = await signUpFreshUser(baseUrl);
  const api = apiAs(baseUrl, user);
  for (const entry of testCase.setup ?? []) {
    const done = entry.startsWith("[x] ");
    const created = await api("POST", "/api/tasks", { title: done ? entry.slice(4) : entry });
    if (done) await api("PATCH", `/api/tasks/${created.json.id}`, { completed: true });
  }
  let conversationId: string | undefined;
  for (const [index, turn] of testCase.turns.entries()) {
    const answer = await api("POST", `/api/${user.id}/chat`, {
      message: turn.say,
      ...(conversationId && { conversation_id: conversationId }),
    });
    if (answer.status !== 200)
      return [`turn ${index + 1} "${turn.say}": HTTP ${answer.status} ${answer.text}`];
    conversationId = answer.json.conversation_id;
    const list = await api("GET", "/api/tasks?limit=500");
    const tasks = Object.fromEntries(
      (list.json.tasks as { id: number; title: string; completed: boolean }[]).map((t) => [
        String(t.id),
        `${t.completed ? "[x] " : ""}${t.title}`,
      ]),
    );
    const problems = checkTurn(turn.expect, answer.json.tool_calls, answer.json.response, tasks);
    if (problems.length) {
      return problems.map(
        (p) =>
          `turn ${index + 1} "${turn.say}": ${p}\n      reply: ${JSON.stringify(answer.json.response)}`,
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
export async function runEval(baseUrl: string, cases: Case[]): Promise<EvalReport> {
  const byCategory = new Map<string, { passed: number; total: number }>();
  const failures: string[] = [];
  let passed = 0;
  for (let i = 0; i < cases.length; i += 8) {
    const batch = cases.slice(i, i + 8);
    const results = await Promise.all(batch.map((c) => runCase(baseUrl, c)));
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
