import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "kysely";
import { database } from "@/db";
import { createConversation } from "@/db/conversations";
import { insertMessage } from "@/db/messages";
import { insertTask } from "@/db/tasks";
import { readTurnContext } from "@/db/turn-context";

/**
 * The floor: a bare HTTP handler in the bench's own process that does the SQL a
 * continuing add-task turn needs (read the turn's context, store the question, add the
 * task, store the answer) and nothing else: no framework, no auth, no model. What the
 * app spends above it is the cost of everything else. Uses the process's database handle.
 */
export async function startFloor(): Promise<{
  url: string;
  newUser: () => Promise<FloorUser>;
  stop: () => Promise<void>;
}> {
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      turn(JSON.parse(body) as FloorTurn).then(
        (answer) => {
          response.writeHead(200, { "content-type": "application/json" });
          response.end(JSON.stringify(answer));
        },
        (error: unknown) => {
          response.writeHead(500);
          response.end(String(error));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    newUser,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface FloorUser {
  userId: string;
  conversationId: string;
}

interface FloorTurn extends FloorUser {
  message: string;
}

async function newUser(): Promise<FloorUser> {
  const userId = crypto.randomUUID();
  await sql`
    insert into "user" (id, name, email, "emailVerified", "createdAt", "updatedAt")
    values (${userId}, 'Floor', ${`${userId}@example.com`}, false, now(), now())
  `.execute(database().db);
  const conversation = await createConversation(userId, "Floor");
  return { userId, conversationId: conversation.id };
}

async function turn({ userId, conversationId, message }: FloorTurn) {
  const clientMessageId = crypto.randomUUID();
  const context = await readTurnContext(userId, {
    conversationId,
    clientMessageIds: [clientMessageId],
    leaseSeconds: 70,
    historyLimit: 20,
    quota: { limit: 1_000_000, windowSeconds: 3600 },
  });
  if (!context.conversation) throw new Error("no conversation");
  const common = { conversationId, clientMessageId };
  await insertMessage(userId, { ...common, role: "user", content: message });
  const task = await insertTask(userId, { title: message, description: null });
  const text = `Added #${task.number} ${task.title}.`;
  const call = {
    name: "add_task",
    arguments: { title: message },
    result: { task_id: task.number },
  };
  await insertMessage(userId, { ...common, role: "assistant", content: text, toolCalls: [call] });
  return { conversation_id: conversationId, response: text };
}
