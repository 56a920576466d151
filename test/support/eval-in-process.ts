// The evaluation set in-process: the chat core (history, local model, task tools) on the
// process's own database, no build and no HTTP. The fast loop for language work.
import { runChatTurn } from "@/lib/chat/chat-turn";
import type { EvalTarget } from "./eval-runner";
import { openTaskDatabase } from "./task-database";

/** Migrates the process's database (PGLITE_DIR), then gives each case a user inserted directly. */
export async function inProcessTarget(): Promise<EvalTarget> {
  const db = await openTaskDatabase();
  return async (setup) => {
    const userId = await db.createUser(setup);
    return {
      async say(message, conversationId) {
        try {
          return await runChatTurn({ userId, conversationId, message });
        } catch (error) {
          return { error: String(error) };
        }
      },
      tasks: () => db.listOf(userId),
    };
  };
}
