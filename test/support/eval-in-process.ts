// The evaluation set in-process: the chat core (history, local model, task tools) on the
// process's own database, no build and no HTTP. The fast loop for language work.
import { runChatTurn } from "@/lib/chat/chat-turn";
import type { EvalTarget } from "./eval-runner";
import { openTaskDatabase } from "./task-database";

/**
 * The main sets' "now": Monday 7 December 2026, 09:00 UTC, the morning their dated cases
 * were written ("tonight", "at 5", "monday" are that day), so they pass on any day. A
 * case may set its own `now`; the zone is the user's (UTC). Over HTTP the server's real
 * clock applies (test/integration/eval.test.ts picks cases without dates).
 */
export const MAIN_SETS_NOW = "2026-12-07T09:00:00Z";

/** Migrates the process's database (PGLITE_DIR), then gives each case a user inserted directly. */
export async function inProcessTarget(): Promise<EvalTarget> {
  const db = await openTaskDatabase();
  return async (setup, clock) => {
    const now = new Date(clock?.now ?? MAIN_SETS_NOW);
    const userId = await db.createUser(setup);
    return {
      async say(message, conversationId) {
        try {
          return await runChatTurn({ userId, conversationId, message, now });
        } catch (error) {
          return { error: String(error) };
        }
      },
      tasks: () => db.listOf(userId),
    };
  };
}
