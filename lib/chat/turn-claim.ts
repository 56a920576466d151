import * as messages from "@/db/messages";
import type { MessageRow } from "@/db/schema";
import { env } from "@/lib/env";

const POLL_MS = 200;
/** Beyond the model's own time limit: storing the answer, tool calls, a slow database. */
const LEASE_MARGIN_SECONDS = 10;

/**
 * A retry whose user message is stored already: the earlier try may still be running
 * (the same request sent twice at once, or a client that gave up waiting), have failed,
 * or have died with its server. Running the agent again while it runs would repeat
 * its tool calls (two tasks for one "add"), so the retry waits for that try's answer,
 * and answers itself only once the try is known to have failed (its message marked
 * interrupted, claimed by one retry alone) or its lease has run out. All of it is read
 * from the database, so it works across instances.
 */
export async function awaitEarlierTry(
  userId: string,
  conversationId: string,
  clientMessageId: string,
): Promise<{ replay: MessageRow } | { answerNow: true }> {
  const lease = Math.ceil(env().AI_TIMEOUT_MS / 1000) + LEASE_MARGIN_SECONDS;
  for (;;) {
    const earlier = await messages.findEarlierTry(userId, conversationId, clientMessageId, lease);
    if (earlier.answer) return { replay: earlier.answer };
    const question = earlier.question;
    if (!question || question.stale) return { answerNow: true };
    if (question.status === "interrupted" && (await messages.claimInterrupted(userId, question.id)))
      return { answerNow: true };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
