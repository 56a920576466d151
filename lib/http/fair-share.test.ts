import { beforeAll, describe, expect, it } from "vitest";
import { POST as chatRoute } from "@/app/api/[user_id]/chat/route";
import { database } from "@/db";
import { asParty } from "@/db/party";
import { signUpInProcess, type InProcessUser } from "@/test/support/in-process-user";
import { migrateTestDatabase } from "@/test/support/unit-database";

// The routes name the user's party where they authenticate (lib/http/api-route.ts), so the
// embedded database shares its one connection between users: a user who fires many turns
// at once waits behind their own, not in front of everyone's. Order, not time.
//
// The test holds the connection (an open transaction) until every turn waits for it:
// PGlite answers in this thread, so without that hold each turn here would run its
// statements back to back and nothing would ever queue.

beforeAll(async () => {
  process.env.CHAT_QUOTA_PER_HOUR = "1000";
  process.env.LOCAL_MODEL_PACING_MS = "0";
  await migrateTestDatabase();
});

type SignedUp = InProcessUser;
const signUp = () => signUpInProcess("Fair");

async function turn(user: SignedUp, message: string): Promise<void> {
  const response = await chatRoute(
    new Request(`http://localhost/api/${user.id}/chat`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: user.cookie },
      body: JSON.stringify({ message }),
    }),
    { params: Promise.resolve({ user_id: user.id }) },
  );
  expect(response.status, await response.clone().text()).toBe(200);
  await response.json();
}

/** Holds the connection until `release()`, so callers queue for it meanwhile. */
async function holdConnection() {
  let held!: () => void;
  const holding = new Promise<void>((resolve) => (held = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const done = asParty("holder", () =>
    database()
      .db.connection()
      .execute(async () => {
        held();
        await released;
      }),
  );
  await holding;
  return { release, done };
}

/** Lets the event loop run until `count` callers wait for the connection (a count, not a clock). */
async function untilWaiting(count: number) {
  const waiting = () => [...database().waiting!().values()].reduce((sum, n) => sum + n, 0);
  for (let turns = 0; waiting() < count; turns++) {
    if (turns > 100_000) throw new Error(`only ${waiting()} of ${count} callers ever waited`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe("chat turns on the embedded database, one user flooding", () => {
  it("answers user B's one turn before all but a few of user A's 40 turns sent before it", async () => {
    const [a, b] = [await signUp(), await signUp()];
    await turn(a, "Add a task to warm up");
    const finished: string[] = [];
    const hold = await holdConnection();
    const flood = Array.from({ length: 40 }, (_, i) =>
      turn(a, `Add a task to buy item ${i}`).then(() => finished.push(`A${i}`)),
    );
    await untilWaiting(40);
    const bystander = turn(b, "Add a task to call mom").then(() => finished.push("B"));
    await untilWaiting(41);
    hold.release();
    await Promise.all([...flood, bystander, hold.done]);
    expect(finished).toHaveLength(41);
    // First come first served, each of B's statements would queue behind everything A
    // had queued, and B's turn would end after all of A's. Served in turn, each of B's
    // statements waits for at most one of A's per party A has waiting.
    expect(finished.indexOf("B")).toBeLessThanOrEqual(2);
  });
});

describe("chat turns on the embedded database, one user flooding, no one holding the connection", () => {
  it("answers user B's turn, sent while user A's 40 turns run, before all but a few of them", async () => {
    const [a, b] = [await signUp(), await signUp()];
    await turn(a, "Add a task to warm up");
    await turn(b, "Add a task to warm up");
    const finished: string[] = [];
    const flood = Array.from({ length: 40 }, (_, i) =>
      turn(a, `Add a task to buy thing ${i}`).then(() => finished.push(`A${i}`)),
    );
    // B's request arrives as the server's next piece of I/O would: from the event loop,
    // once A's 40 have started.
    const bystander = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => turn(b, "Add a task to call mom"))
      .then(() => finished.push("B"));
    await Promise.all([...flood, bystander]);
    expect(finished).toHaveLength(41);
    // A turn of the local model on the embedded database needs no I/O: run as one chain
    // of continuations, A's 40 turns ended before the server even read B's request, and
    // B's ended last. Each statement now starts from the event loop, so B's request is
    // read at once and its statements take turns with A's (CHAT_TURNS_PER_USER = 4 of
    // A's at a time).
    expect(finished.indexOf("B")).toBeLessThanOrEqual(4);
  });
});
