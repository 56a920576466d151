import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { insertUser, migrateTestDatabase } from "@/test/support/unit-database";
import { conversationPosition, createConversation, listConversations } from "./conversations";
import { database } from "./index";

beforeAll(async () => {
  await migrateTestDatabase();
});

async function conversationAt(userId: string, title: string, updatedAt: string) {
  const row = await createConversation(userId, title);
  await sql`update conversations set updated_at = ${updatedAt}::timestamptz where id = ${row.id}`.execute(
    database().db,
  );
  return row.id;
}

describe("listConversations past a conversation's position", () => {
  it("keeps conversations updated within the same millisecond apart, both ways", async () => {
    const userId = await insertUser();
    const older = await conversationAt(userId, "older", "2026-01-01 00:00:00.123400+00");
    const newer = await conversationAt(userId, "newer", "2026-01-01 00:00:00.123456+00");
    const after = async (id: string, order: "asc" | "desc") =>
      (
        await listConversations(userId, {
          after: await conversationPosition(userId, id),
          order,
          limit: 10,
        })
      ).map((row) => row.title);
    expect(await after(newer, "desc")).toEqual(["older"]);
    expect(await after(older, "asc")).toEqual(["newer"]);
    expect(await after(older, "desc")).toEqual([]);
  });

  it("has no position for someone else's conversation or a malformed id", async () => {
    const owner = await insertUser();
    const id = await conversationAt(owner, "mine", "2026-01-01 00:00:00+00");
    expect(await conversationPosition(await insertUser(), id)).toBeUndefined();
    expect(await conversationPosition(owner, "not-a-uuid")).toBeUndefined();
  });
});
