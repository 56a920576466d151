import { sql, type Kysely } from "kysely";
import type { Database } from "@/db/schema";

/**
 * The embedded database's planner statistics. A Postgres server's autovacuum analyzes a
 * table once enough of it changed; PGlite runs in single-user mode and has no autovacuum,
 * so nothing ever did: the planner saw every table as never analyzed (a user's tasks
 * estimated at one row) and read a list page of 50 by sorting all of a user's tasks
 * through the wrong index (at 10,000 tasks, ~9 ms against ~0.2 ms). This does what
 * autovacuum would, when the server starts and then every minute (lib/server/startup.ts).
 *
 * When a table is due, with autovacuum's default thresholds (`autovacuum_analyze_threshold`
 * 50 and scale factor 0.1; vacuum 50 and 0.2):
 * - analyze: never analyzed and not empty; or more rows changed since its last analyze
 *   than 50 plus a tenth of its rows; or its file grew by more than a tenth (and a page)
 *   since then. PGlite keeps no activity counters across a restart, so the counters see
 *   this process's changes and the file's size the earlier ones (rows seeded or written
 *   by an earlier run);
 * - vacuum (and analyze): more dead rows than 50 plus a fifth of its rows.
 */
const ANALYZE_BASE = 50;
const ANALYZE_SCALE = 0.1;
const VACUUM_BASE = 50;
const VACUUM_SCALE = 0.2;

export interface TableUpkeep {
  table: string;
  action: "analyze" | "vacuum";
}

/** The tables (ours and Better Auth's, schema `public`) whose statistics or dead rows are due. */
export async function tablesDue(db: Kysely<Database>): Promise<TableUpkeep[]> {
  const { rows } = await sql<{
    table: string;
    estimated: number;
    analyzed_pages: number;
    pages: number | string;
    live: number | string;
    dead: number | string;
    changed: number | string;
  }>`
    select c.relname as "table", c.reltuples as estimated, c.relpages as analyzed_pages,
           pg_relation_size(c.oid) / current_setting('block_size')::int as pages,
           pg_stat_get_live_tuples(c.oid) as live, pg_stat_get_dead_tuples(c.oid) as dead,
           pg_stat_get_mod_since_analyze(c.oid) as changed
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r'
    order by c.relname`.execute(db);
  const due: TableUpkeep[] = [];
  for (const row of rows) {
    const [pages, dead, changed] = [Number(row.pages), Number(row.dead), Number(row.changed)];
    const neverAnalyzed = row.estimated < 0;
    const rowCount = Math.max(Number(row.live), row.estimated);
    if (dead > VACUUM_BASE + VACUUM_SCALE * rowCount) {
      due.push({ table: row.table, action: "vacuum" });
    } else if (
      (neverAnalyzed && pages > 0) ||
      changed > ANALYZE_BASE + ANALYZE_SCALE * rowCount ||
      pages > row.analyzed_pages * (1 + ANALYZE_SCALE) + 1
    ) {
      due.push({ table: row.table, action: "analyze" });
    }
  }
  return due;
}

/**
 * Analyzes (or vacuums and analyzes) every table that is due, one statement per table so
 * other callers of the one connection get their turns in between. Returns what it did.
 */
export async function keepStatisticsCurrent(db: Kysely<Database>): Promise<TableUpkeep[]> {
  const due = await tablesDue(db);
  for (const { table, action } of due) {
    const name = sql.table(table);
    await (action === "vacuum" ? sql`vacuum (analyze) ${name}` : sql`analyze ${name}`).execute(db);
  }
  return due;
}
