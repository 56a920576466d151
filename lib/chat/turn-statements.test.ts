import crypto from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as chatRoute } from "@/app/api/[user_id]/chat/route";
import { signUpInProcess, type InProcessUser } from "@/test/support/in-process-user";
import { installCountingDatabase } from "@/test/support/statement-counter";
import { migrateTestDatabase } from "@/test/support/unit-database";

// Every statement the app sends, BEGIN and COMMIT included, for a whole turn through the
// JSON chat route: authentication, the turn's reads and writes, and the tool's.
const { statements } = installCountingDatabase();

beforeAll(async () => {
  // The quota check is part of a turn's reads; turn it on to count it.
  process.env.CHAT_QUOTA_PER_HOUR = "100";
  await migrateTestDatabase();
});

beforeEach(() => {
  statements.length = 0;
});

type SignedUp = InProcessUser;
const signUp = () => signUpInProcess("Counted");

async function chat(
  user: SignedUp,
  credentials: "cookie" | "bearer",
  body: { message: string; conversation_id?: string; client_message_id?: string },
) {
  const url = `http://localhost/api/${user.id}/chat`;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (credentials === "cookie") headers.cookie = user.cookie;
  else headers.authorization = `Bearer ${user.token}`;
  const response = await chatRoute(
    new Request(url, { method: "POST", headers, body: JSON.stringify(body) }),
    { params: Promise.resolve({ user_id: user.id }) },
  );
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as { conversation_id: string; tool_calls: { name: string }[] };
}

/** Counts the statements of one continuing "add a task" turn. */
async function countAddTaskTurn(credentials: "cookie" | "bearer") {
  const user = await signUp();
  const first = await chat(user, credentials, { message: "Add a task to buy milk" });
  statements.length = 0;
  const answer = await chat(user, credentials, {
    message: "Add a task to call mom",
    conversation_id: first.conversation_id,
    client_message_id: crypto.randomUUID(),
  });
  expect(answer.tool_calls.map((call) => call.name)).toEqual(["add_task"]);
  return [...statements];
}

describe("statements for a whole continuing add-task turn through the chat route", () => {
  it("a browser (session cookie): at most 5, the session and its user read in one", async () => {
    const sent = await countAddTaskTurn("cookie");
    expect(sent.length, sent.join("\n---\n")).toBeLessThanOrEqual(5);
    expect(sent.filter((s) => /"session"/.test(s))).toHaveLength(1);
    // No transaction round trips: each write is one atomic statement.
    expect(sent.map((s) => s.trim().toLowerCase())).not.toContain("begin");
  });

  it("a bearer token: at most 5, the session and its user read in one", async () => {
    const sent = await countAddTaskTurn("bearer");
    expect(
      sent.filter((s) => /"session"/.test(s)),
      sent.join("\n---\n"),
    ).toHaveLength(1);
    expect(sent.length, sent.join("\n---\n")).toBeLessThanOrEqual(5);
  });
});
