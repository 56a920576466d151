import { describe, expect, it } from "vitest";
import { chooseDriver, connect } from "./connect";

describe("chooseDriver", () => {
  it("uses the embedded PGlite when there is no DATABASE_URL", () => {
    expect(chooseDriver({})).toBe("pglite");
  });

  it.each([
    "postgres://user:pw@ep-cool-river-123456.us-east-2.aws.neon.tech/neondb?sslmode=require",
    "postgresql://user:pw@ep-cool-river-123456-pooler.eu-central-1.aws.neon.tech/db",
    "postgres://user:pw@ep-x.neon.build/db",
  ])("uses Neon's serverless driver for a Neon host: %s", (url) => {
    expect(chooseDriver({ url })).toBe("neon");
  });

  it.each([
    "postgres://postgres@127.0.0.1:5432/test",
    "postgresql://u:p@db.example.com/app",
    "postgres://u@localhost/app",
    // Only the host decides: "neon.tech" elsewhere in the URL is not a Neon host.
    "postgres://neon.tech@db.example.com/neon.tech",
    "postgres://u@notneon.tech.example.com/db",
  ])("uses pg for any other server: %s", (url) => {
    expect(chooseDriver({ url })).toBe("pg");
  });

  it("lets DATABASE_DRIVER override the URL's choice", () => {
    expect(chooseDriver({ url: "postgres://postgres@127.0.0.1/test", driver: "neon" })).toBe(
      "neon",
    );
    expect(
      chooseDriver({ url: "postgres://u@ep-x.us-east-2.aws.neon.tech/db", driver: "pg" }),
    ).toBe("pg");
  });
});

describe("connect", () => {
  it("opens nothing until the first query (so `next build` needs no database)", async () => {
    const handle = connect({
      url: "postgres://nobody@127.0.0.1:1/none",
      pgliteDir: "",
      poolMax: 1,
    });
    expect(handle.driver).toBe("pg");
    await handle.db.destroy();
  });

  it("refuses the pg and neon drivers without a URL, with a clear message", async () => {
    const handle = connect({ pgliteDir: "", poolMax: 1, driver: "pg" });
    await expect(handle.db.selectFrom("tasks").selectAll().execute()).rejects.toThrow(
      /DATABASE_URL is required/,
    );
    await handle.db.destroy().catch(() => {});
  });
});
