import * as tasks from "@/db/tasks";
import { runChatTurn } from "@/lib/chat/chat-turn";
import { insertUser, migrateTestDatabase } from "./unit-database";

/**
 * The unit test file's PGlite (its own folder and settings: see unit-setup.ts),
 * migrated, with helpers for tests that run the agent in-process over a task list.
 * No vitest import here: `npm run eval` (a plain script) uses this file too.
 */
export async function openTaskDatabase() {
  await migrateTestDatabase();
  return {
    /** A new user with these tasks ("[x] " marks a completed one), numbered 1, 2, 3 … */
    async createUser(titles: string[] = []): Promise<string> {
      const id = await insertUser("Test");
      for (const entry of titles) {
        const done = entry.startsWith("[x] ");
        const task = await tasks.insertTask(id, {
          title: done ? entry.slice(4) : entry,
          description: null,
        });
        if (done) await tasks.updateTask(id, task.number, { completed: true });
      }
      return id;
    },
    /** The user's list in the eval's notation: {"1": "Buy milk", "2": "[x] Call mom"}. */
    async listOf(userId: string): Promise<Record<string, string>> {
      const rows = await tasks.listTasks(userId, { limit: 500 });
      return Object.fromEntries(
        rows.map((t) => [String(t.number), `${t.completed ? "[x] " : ""}${t.title}`]),
      );
    },
    /** Nothing to do: unit-setup.ts closes the file's database and removes its folder. */
    async close() {},
  };
}

export type TaskDatabase = Awaited<ReturnType<typeof openTaskDatabase>>;

/** A conversation through the real chat core: each message continues the one before. */
export function chatConversation(userId: string) {
  let conversationId: string | undefined;
  return async (message: string) => {
    const answer = await runChatTurn({ userId, conversationId, message });
    conversationId = answer.conversation_id;
    return answer;
  };
}
