import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { database } from "@/db";
import { insertUser, migrateTestDatabase } from "@/test/support/unit-database";
import { keepStatisticsCurrent, tablesDue } from "./statistics";

// PGlite has no autovacuum: without these statistics the planner reads a page of a
// user's 10,000 tasks by sorting all of them. Plans and what is due, never time.

const db = () => database().db;

async function addTasks(userId: string, from: number, count: number) {
  await sql`
    insert into tasks (user_id, number, title)
    select ${userId}, n, 'Task ' || n from generate_series(${from}::int, ${from + count - 1}::int) n
  `.execute(db());
}

/** The plan of a chat list's page (db/tasks.ts listTasks, sorted by number), as node types and indexes. */
async function listPlan(userId: string): Promise<string[]> {
  const { rows } = await sql<{ "QUERY PLAN": unknown }>`
    explain (format json)
    select * from tasks where user_id = ${userId} and deleted_at is null order by number limit 50
  `.execute(db());
  const nodes: string[] = [];
  const walk = (node: Record<string, unknown>) => {
    nodes.push([node["Node Type"], node["Index Name"]].filter(Boolean).join(" "));
    for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
  };
  const plan = rows[0]!["QUERY PLAN"];
  walk((typeof plan === "string" ? JSON.parse(plan) : plan)[0].Plan);
  return nodes;
}

/**
 * What is due for a table once the counts of the statements before have reached the shared
 * counters (sent at most once a second otherwise: a count still pending could land after an
 * analyze and make the table due again).
 */
async function dueFor(table: string) {
  await sql`select pg_stat_force_next_flush()`.execute(db());
  return (await tablesDue(db())).filter((upkeep) => upkeep.table === table).map((u) => u.action);
}

beforeAll(async () => {
  await migrateTestDatabase();
});

describe("the embedded database's statistics", () => {
  it("analyzes a table of 10,000 new tasks, and a page of them is then read from the number index", async () => {
    const [many, few] = [await insertUser("Many"), await insertUser("Few")];
    await addTasks(few, 1, 10);
    await addTasks(many, 1, 10_000);
    expect(await dueFor("tasks")).toEqual(["analyze"]);

    const done = await keepStatisticsCurrent(db());
    expect(done).toContainEqual({ table: "tasks", action: "analyze" });
    expect(await listPlan(many)).toEqual(["Limit", "Index Scan tasks_user_number_key"]);
    // Nothing changed since: nothing to do.
    expect(await dueFor("tasks")).toEqual([]);
  });

  it("keeps a page an index read when a user grows by 10,000 tasks between two runs", async () => {
    // What the minute between two runs can hide: statistics that say this user has 5.
    const grower = await insertUser("Grower");
    await addTasks(grower, 1, 5);
    await sql`analyze tasks`.execute(db());
    await addTasks(grower, 6, 10_000);
    expect(await dueFor("tasks")).toEqual(["analyze"]);
    expect(await listPlan(grower)).toEqual(["Limit", "Index Scan tasks_user_number_key"]);
  });

  it("sees rows written before a restart (PGlite keeps no activity counters across one) by the table's size", async () => {
    const user = await insertUser("Restarted");
    await keepStatisticsCurrent(db());
    await addTasks(user, 1, 5_000);
    // A statement's counts reach the shared counters at most once a second. Sent now, so the
    // reset forgets them as a restart would; left pending, they could land after the analyze
    // below and make the table due again (a flaky failure on a loaded machine).
    await sql`select pg_stat_force_next_flush()`.execute(db());
    // What a restart does to the counters: this process's changes are forgotten.
    await sql`select pg_stat_reset()`.execute(db());
    expect(await dueFor("tasks")).toEqual(["analyze"]);
    await keepStatisticsCurrent(db());
    expect(await dueFor("tasks")).toEqual([]);
  });

  it("vacuums a table once a fifth of its rows are dead", async () => {
    const user = await insertUser("Deleter");
    await addTasks(user, 1, 1_000);
    await keepStatisticsCurrent(db());
    // Every task of this file's users: far more than a fifth of the table.
    await sql`delete from tasks`.execute(db());
    expect(await dueFor("tasks")).toEqual(["vacuum"]);
    await keepStatisticsCurrent(db());
    expect(await dueFor("tasks")).toEqual([]);
  });
});
