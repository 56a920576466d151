import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { database } from "@/db";
import { asParty } from "@/db/party";

// The process's embedded database (this file's PGlite), shared between parties.
const db = () => database().db;

beforeAll(async () => {
  await sql`create table fair_probe (id int)`.execute(db());
});

describe("the embedded database's one connection, shared between parties", () => {
  it("serves user B's query after at most one of user A's 40 queued queries", async () => {
    const finished: string[] = [];
    const query = (party: string, label: string) =>
      asParty(party, async () => {
        await sql`select ${label}::text as label`.execute(db());
        finished.push(label);
      });
    const flood = Array.from({ length: 40 }, (_, i) => query("user:A", `A${i}`));
    const bystander = query("user:B", "B");
    await Promise.all([...flood, bystander]);
    expect(finished).toHaveLength(41);
    // A's first query took the free connection; B's goes next, before A's backlog.
    expect(finished.indexOf("B")).toBeLessThanOrEqual(2);
    // A's own queries keep their order.
    const ofA = finished.filter((label) => label !== "B");
    expect(ofA).toEqual(Array.from({ length: 40 }, (_, i) => `A${i}`));
  });

  it("first come first served within work outside any party (as before)", async () => {
    const finished: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        await sql`select ${i}::int`.execute(db());
        finished.push(i);
      }),
    );
    expect(finished).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("keeps a transaction's connection until it ends: another party's query waits and never runs inside it", async () => {
    let inside!: () => void;
    const transactionStarted = new Promise<void>((resolve) => (inside = resolve));
    let finishTransaction!: () => void;
    const mayFinish = new Promise<void>((resolve) => (finishTransaction = resolve));
    const order: string[] = [];

    const transaction = asParty("user:A", () =>
      db()
        .transaction()
        .execute(async (trx) => {
          await sql`insert into fair_probe values (1)`.execute(trx);
          inside();
          await mayFinish;
          await sql`insert into fair_probe values (2)`.execute(trx);
          order.push("A commits");
          throw new Error("roll back");
        }),
    ).catch(() => order.push("A rolled back"));

    await transactionStarted;
    // B asks while A's transaction is open (and holds the connection, awaiting).
    const seen = asParty("user:B", async () => {
      const rows = await sql<{ n: number }>`select count(*)::int as n from fair_probe`.execute(
        db(),
      );
      order.push("B reads");
      return rows.rows[0]?.n;
    });
    const moreOfA = Array.from({ length: 5 }, () =>
      asParty("user:A", () => sql`select 1`.execute(db())),
    );
    finishTransaction();
    await Promise.all([transaction, ...moreOfA]);
    // B ran after A's transaction ended, outside it: A's rolled-back rows are not there.
    expect(await seen).toBe(0);
    expect(order).toEqual(["A commits", "A rolled back", "B reads"]);
  });
});
