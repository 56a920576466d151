import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { EMBEDDED_DATABASE_ON_VERCEL, assertDurableDatabase } from "./durable-database";

const config = (vars: Record<string, string>) => parseEnv(vars as NodeJS.ProcessEnv);

describe("assertDurableDatabase", () => {
  it("refuses the embedded database on Vercel, saying how to fix it", () => {
    expect(() => assertDurableDatabase(config({ VERCEL: "1" }))).toThrow(
      EMBEDDED_DATABASE_ON_VERCEL,
    );
    expect(EMBEDDED_DATABASE_ON_VERCEL).toMatch(/DATABASE_URL.*Neon.*docs\/deploy\.md/s);
  });

  it("refuses it on Vercel even when a URL is given but the embedded driver is forced", () => {
    const forced = config({
      VERCEL: "1",
      DATABASE_URL: "postgres://u@h/db",
      DATABASE_DRIVER: "pglite",
    });
    expect(() => assertDurableDatabase(forced)).toThrow(EMBEDDED_DATABASE_ON_VERCEL);
  });

  it("accepts a database server on Vercel, and the embedded database elsewhere", () => {
    const neon = "postgresql://u:p@ep-cool-name-123456.us-east-2.aws.neon.tech/neondb";
    expect(() => assertDurableDatabase(config({ VERCEL: "1", DATABASE_URL: neon }))).not.toThrow();
    expect(() => assertDurableDatabase(config({}))).not.toThrow();
    // An empty VERCEL (as in a copied .env) is unset.
    expect(() => assertDurableDatabase(config({ VERCEL: "" }))).not.toThrow();
  });
});
