import { sql, type Kysely } from "kysely";
import { connect } from "@/db/connect";
import type { Database } from "@/db/schema";

/**
 * Fills a database with what the flatness figures compare, straight in SQL (through the
 * API, 10,000 tasks would take minutes): `tasks` numbered tasks for a user, and
 * `messages` stored messages in a conversation. The embedded database is only opened
 * while its server is stopped (one process at a time).
 */
export async function seed(
  where: { url?: string; pgliteDir: string },
  plan: {
    tasks: { userId: string; count: number }[];
    messages: { userId: string; conversationId: string; count: number }[];
  },
): Promise<void> {
  const { db } = connect({ ...where, poolMax: 2 });
  try {
    for (const { userId, count } of plan.tasks) await seedTasks(db, userId, count);
    for (const { userId, conversationId, count } of plan.messages) {
      await sql`
        insert into messages (conversation_id, user_id, role, content)
        select ${conversationId}, ${userId},
               case when n % 2 = 1 then 'user' else 'assistant' end, 'Seeded message ' || n
        from generate_series(1, ${count}::int) n`.execute(db);
    }
  } finally {
    await db.destroy();
  }
}

/** `count` more tasks, numbered after the user's last. */
async function seedTasks(db: Kysely<Database>, userId: string, count: number) {
  const last = sql`coalesce((select last_number from task_counters where user_id = ${userId}), 0)`;
  await sql`
    insert into tasks (user_id, number, title)
    select ${userId}, ${last} + n, 'Seeded task ' || n
    from generate_series(1, ${count}::int) n`.execute(db);
  await sql`
    insert into task_counters (user_id, last_number)
    values (${userId}, (select max(number) from tasks where user_id = ${userId}))
    on conflict (user_id) do update set last_number = excluded.last_number`.execute(db);
}
