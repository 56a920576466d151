import { migrations } from "@/db/migrations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  LANES,
  createLaneDatabase,
  describeEachLane,
  runDbMigrate,
  type LaneDatabase,
} from "@/test/support/lanes";
import { startApp } from "@/test/support/app-server";
import type { RunningServer } from "@/test/support/server";
import { apiAs, signUp } from "@/test/support/users";

const OUR_TABLES = [
  "chat_usage",
  "conversations",
  "messages",
  "message_feedback",
  "task_counters",
  "tasks",
  "reminder_deliveries",
  "notifications",
  "push_subscriptions",
  "calendar_feeds",
];
const AUTH_TABLES = ["account", "session", "user", "verification"];
// Every registered migration, in order: a new one must be applied by both paths too.
const OUR_MIGRATIONS = Object.keys(migrations);

async function tableNames(database: LaneDatabase): Promise<string[]> {
  const rows = await database.query<{ name: string }>(
    `select table_name as name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  return rows.map((r) => r.name);
}

async function appliedMigrations(database: LaneDatabase): Promise<string[]> {
  const rows = await database.query<{ name: string }>(
    "select name from kysely_migration order by name",
  );
  return rows.map((r) => r.name);
}

describeEachLane((lane) => {
  describe("migrations from an empty database", () => {
    let database: LaneDatabase;
    beforeAll(async () => {
      database = await createLaneDatabase(lane);
    });
    afterAll(() => database?.remove());

    it("`npm run db:migrate` creates every table, and running it again changes nothing", async () => {
      const first = await runDbMigrate(database);
      expect(first.code, first.output).toBe(0);
      expect(first.output).toContain(`Database is up to date (${lane.name}).`);
      if (database.proxy) expect(database.proxy.connections()).toBeGreaterThan(0);

      const tables = await tableNames(database);
      expect(tables).toEqual(expect.arrayContaining([...OUR_TABLES, ...AUTH_TABLES]));
      expect(await appliedMigrations(database)).toEqual(OUR_MIGRATIONS);

      const second = await runDbMigrate(database);
      expect(second.code, second.output).toBe(0);
      expect(await tableNames(database)).toEqual(tables);
      expect(await appliedMigrations(database)).toEqual(OUR_MIGRATIONS);
    });

    it("has the indexes the queries use", async () => {
      const rows = await database.query<{ name: string; def: string }>(
        "select indexname as name, indexdef as def from pg_indexes where schemaname = 'public'",
      );
      const defs = Object.fromEntries(rows.map((r) => [r.name, r.def]));
      expect(defs.tasks_user_number_key).toMatch(/UNIQUE INDEX .* \(user_id, number\)/);
      expect(defs.tasks_user_completed_number_idx).toMatch(/\(user_id, completed, number\)/);
      expect(defs.conversations_user_updated_idx).toMatch(/\(user_id, updated_at DESC, id DESC\)/);
      expect(defs.messages_conversation_seq_idx).toMatch(/\(conversation_id, seq\)/);
      expect(defs.chat_usage_user_created_idx).toMatch(/\(user_id, created_at DESC\)/);
      expect(defs.rate_limit_hits_key_created_idx).toMatch(/\(key, created_at DESC\)/);
      expect(defs.tasks_due_reminder_idx).toMatch(
        /\(remind_at\) WHERE \(\(remind_at IS NOT NULL\) AND \(deleted_at IS NULL\) AND \(completed = false\)\)/,
      );
      expect(defs.reminder_deliveries_pending_idx).toMatch(
        /\(next_attempt_at, id\) WHERE \(state = 'pending'::text\)/,
      );
      expect(defs.reminder_deliveries_reminder_channel_key).toMatch(
        /UNIQUE INDEX .* \(task_id, remind_at, channel\)/,
      );
      expect(defs.notifications_user_delivered_idx).toMatch(
        /\(user_id, delivered_at DESC, id DESC\)/,
      );
      expect(defs.push_subscriptions_endpoint_key).toMatch(/UNIQUE INDEX .* \(endpoint\)/);
      expect(defs.calendar_feeds_token_hash_key).toMatch(/UNIQUE INDEX .* \(token_hash\)/);
      expect(defs.messages_client_message_id_key).toMatch(
        /UNIQUE INDEX .* \(conversation_id, role, client_message_id\) WHERE \(client_message_id IS NOT NULL\)/,
      );
    });

    it("has foreign keys with ON DELETE CASCADE from the user to everything, each indexed", async () => {
      const keys = await database.query<{
        child: string;
        parent: string;
        rule: string;
        column: string;
        indexed: boolean;
      }>(
        `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
                c.confdeltype::text as rule, a.attname as column,
                exists (select 1 from pg_index i
                        where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1]) as indexed
         from pg_constraint c
         join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
         where c.contype = 'f' and c.connamespace = 'public'::regnamespace`,
      );
      const byChild = (child: string, parent: string) =>
        keys.find((k) => k.child === child && k.parent.replaceAll('"', "") === parent);
      for (const table of OUR_TABLES) {
        expect(byChild(table, "user"), `${table} → user`).toMatchObject({
          column: "user_id",
          rule: "c",
        });
      }
      expect(byChild("messages", "conversations")).toMatchObject({
        column: "conversation_id",
        rule: "c",
      });
      for (const key of keys) {
        expect(key.rule, `${key.child}.${key.column} cascades`).toBe("c");
        expect(key.indexed, `${key.child}.${key.column} leads an index`).toBe(true);
      }
    });

    it("deleting a user deletes their tasks, counter, conversations and messages", async () => {
      await database.query(
        `insert into "user" (id, name, email, "emailVerified", "createdAt", "updatedAt")
         values ('gone', 'Gone', 'gone@example.com', false, now(), now())`,
      );
      await database.query(
        `with c as (insert into task_counters (user_id, last_number) values ('gone', 1)),
              t as (insert into tasks (user_id, number, title) values ('gone', 1, 'x')),
              conv as (insert into conversations (user_id, title) values ('gone', 'x') returning id)
         insert into messages (conversation_id, user_id, role, content)
         select id, 'gone', 'user', 'hi' from conv`,
      );
      await database.query(`delete from "user" where id = 'gone'`);
      for (const table of OUR_TABLES) {
        const [row] = await database.query<{ n: number }>(
          `select count(*)::int as n from ${table} where user_id = 'gone'`,
        );
        expect(row?.n, table).toBe(0);
      }
    });

    it("a server started on the migrated database serves requests", async () => {
      const proxied = database.proxy?.connections() ?? 0;
      const server = (await startApp({ database })).server;
      try {
        const user = await signUp(server.url);
        const created = await apiAs(server.url, user)("POST", "/api/tasks", { title: "works" });
        expect(created.status).toBe(201);
        // On the Neon lane, the server's queries really went through Neon's WebSocket driver.
        if (database.proxy) expect(database.proxy.connections()).toBeGreaterThan(proxied);
      } finally {
        await server.stop();
      }
    });
  });
});

describeEachLane(
  (lane) => {
    describe("servers starting at once on one empty database", () => {
      let database: LaneDatabase;
      let servers: RunningServer[] = [];
      beforeAll(async () => {
        database = await createLaneDatabase(lane);
        // Both migrate at startup; the advisory lock makes the second wait for the first.
        servers = (await Promise.all([startApp({ database }), startApp({ database })])).map(
          (app) => app.server,
        );
      });
      afterAll(async () => {
        await Promise.all(servers.map((s) => s.stop()));
        await database?.remove();
      });

      it("both come up and both serve requests on the migrated schema", async () => {
        for (const server of servers) {
          const user = await signUp(server.url);
          const api = apiAs(server.url, user);
          expect((await api("POST", "/api/tasks", { title: "hello" })).status).toBe(201);
          expect((await api("GET", "/api/tasks")).json.tasks).toHaveLength(1);
        }
        expect(await appliedMigrations(database)).toEqual(OUR_MIGRATIONS);
        for (const server of servers) {
          expect(server.output()).not.toMatch(/database not ready|migration .* failed/i);
        }
      });
    });
  },
  LANES.filter((lane) => lane.name !== "pglite"),
);

describeEachLane(
  (lane) => {
    describe("a server started on an empty folder", () => {
      let database: LaneDatabase;
      beforeAll(async () => {
        database = await createLaneDatabase(lane);
      });
      afterAll(() => database?.remove());

      it("migrates it at startup, before the first request", async () => {
        const server = (await startApp({ database })).server;
        try {
          const user = await signUp(server.url);
          expect((await apiAs(server.url, user)("GET", "/api/tasks")).status).toBe(200);
        } finally {
          await server.stop();
        }
        expect(await tableNames(database)).toEqual(
          expect.arrayContaining([...OUR_TABLES, ...AUTH_TABLES]),
        );
        expect(await appliedMigrations(database)).toEqual(OUR_MIGRATIONS);
      });
    });
  },
  LANES.filter((lane) => lane.name === "pglite"),
);
