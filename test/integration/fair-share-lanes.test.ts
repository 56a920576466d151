import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connect, type DatabaseConnectionHandle } from "@/db/connect";
import { asParty } from "@/db/party";
import { createLaneDatabase, describeEachLane, LANES, type LaneDatabase } from "../support/lanes";

/**
 * The fair share of decision 020 is the embedded database's alone: on a Postgres server
 * (pg, or Neon's driver) the pool serves callers as it always did, several at once, with
 * or without a party. PGlite's side is in db/embedded/fair-share.test.ts.
 */
describeEachLane(
  (lane) => {
    let laneDb: LaneDatabase;
    let handle: DatabaseConnectionHandle;
    beforeAll(async () => {
      laneDb = await createLaneDatabase(lane);
      handle = connect({
        url: laneDb.url,
        pgliteDir: "",
        poolMax: 4,
        driver: lane.name === "neon" ? "neon" : "pg",
        neonWsProxy: laneDb.proxy?.address,
      });
    });
    afterAll(async () => {
      await handle?.db.destroy();
      await laneDb?.remove();
    });

    it("has no fair queue: one user's three connections are held at once, as the pool gives them", async () => {
      expect(handle.waiting).toBeUndefined();
      let inside = 0;
      let allInside!: () => void;
      const barrier = new Promise<void>((resolve) => (allInside = resolve));
      const held = Array.from({ length: 3 }, () =>
        asParty("user:A", () =>
          handle.db.connection().execute(async (connection) => {
            await sql`select 1`.execute(connection);
            if (++inside === 3) allInside();
            // Each holds its connection until all three hold one: a queue of one would never get here.
            await barrier;
          }),
        ),
      );
      await Promise.all(held);
      expect(inside).toBe(3);
    });
  },
  LANES.filter((lane) => lane.name !== "pglite"),
);
