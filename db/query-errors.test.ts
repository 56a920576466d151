import { inspect } from "node:util";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { database } from "@/db";
import { insertUser, migrateTestDatabase } from "@/test/support/unit-database";
import { redactQueryError } from "./query-errors";

/** What a logger prints for an error: every own property, the stack and the causes. */
const logged = (error: unknown) => inspect(error, { depth: 10 }) + String(error);

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  return run().then(
    () => {
      throw new Error("expected the query to fail");
    },
    (error: unknown) => error,
  );
}

describe("failed queries keep their statement's shape and lose its values", () => {
  beforeAll(migrateTestDatabase);

  it("a unique violation names the constraint, not the email", async () => {
    const id = await insertUser();
    const email = `${id}@example.com`;
    const error = await failure(() =>
      sql`insert into "user" (id, name, email, "emailVerified", "createdAt", "updatedAt")
          values (${"another-" + id}, ${"Secret Name"}, ${email}, false, now(), now())`.execute(
        database().db,
      ),
    );
    const text = logged(error);
    expect(text).not.toContain(email);
    expect(text).not.toContain("Secret Name");
    expect(text).toContain('insert into "user"'); // the statement, with $1… placeholders
    expect(text).toContain("$3");
    expect(error).toMatchObject({ code: "23505" });
  });

  it("a value the database cannot parse is not echoed in the message", async () => {
    const error = await failure(() =>
      database()
        .db.selectFrom("tasks")
        .select("title")
        .where("number", "=", "my secret task text" as unknown as number)
        .execute(),
    );
    const text = logged(error);
    expect(text).not.toContain("my secret task text");
    expect(text).toMatch(/invalid input syntax for type integer/);
    expect(error).toMatchObject({ code: "22P02" });
  });

  it("redacts a Postgres server error's detail and keeps the names it gives", () => {
    const error = Object.assign(
      new Error('duplicate key value violates unique constraint "apikey_key_key"'),
      {
        code: "23505",
        constraint: "apikey_key_key",
        detail: "Key (key)=(9f86d081884c7d65) already exists.",
      },
    );
    redactQueryError(error);
    expect(logged(error)).not.toContain("9f86d081884c7d65");
    expect(error.message).toContain('"apikey_key_key"');
    expect(error.detail).toBe("Key (key)=(…) already exists.");

    const check = Object.assign(new Error("new row violates check constraint"), {
      detail: "Failing row contains (7, ann@example.com, secret title).",
    });
    redactQueryError(check);
    expect(check.detail).toBe("Failing row contains (…).");
  });
});
