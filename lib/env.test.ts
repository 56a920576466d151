import { describe, expect, it } from "vitest";
import { parseEnv as parseProcessEnv } from "./env";

// Next types NODE_ENV as always present in process.env; these sources are partial on purpose.
const parseEnv = (vars: Record<string, string>) => parseProcessEnv(vars as NodeJS.ProcessEnv);

describe("parseEnv", () => {
  it("gives every optional setting its documented default", () => {
    const config = parseEnv({});
    expect(config).toMatchObject({
      NODE_ENV: "development",
      PGLITE_DIR: ".data/pglite",
      DATABASE_POOL_MAX: 10,
      AUTH_RATE_LIMIT: "on",
      AI_MODEL: "gpt-4.1-mini",
      AI_TIMEOUT_MS: 60_000,
      CHAT_HISTORY_LIMIT: 20,
      LOCAL_MODEL_PACING_MS: 8,
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.OPENAI_API_KEY).toBeUndefined();
  });

  it("runs the reminder ticker every 30 s unless told otherwise, and wants a real cron secret", () => {
    expect(parseEnv({})).toMatchObject({ REMINDERS_TICKER: "on", REMINDERS_TICK_MS: 30_000 });
    expect(parseEnv({}).CRON_SECRET).toBeUndefined();
    expect(parseEnv({ REMINDERS_TICKER: "off", REMINDERS_TICK_MS: "500" })).toMatchObject({
      REMINDERS_TICKER: "off",
      REMINDERS_TICK_MS: 500,
    });
    expect(() => parseEnv({ CRON_SECRET: "short" })).toThrow(/CRON_SECRET: must be at least 16/);
    expect(() => parseEnv({ REMINDERS_TICKER: "no" })).toThrow(/REMINDERS_TICKER/);
    expect(() => parseEnv({ REMINDERS_TICK_MS: "50" })).toThrow(/REMINDERS_TICK_MS/);
  });

  it("reads numbers from their text", () => {
    const config = parseEnv({
      CHAT_HISTORY_LIMIT: "6",
      DATABASE_POOL_MAX: "3",
      LOCAL_MODEL_PACING_MS: "0",
    });
    expect(config.CHAT_HISTORY_LIMIT).toBe(6);
    expect(config.LOCAL_MODEL_PACING_MS).toBe(0);
    expect(config.DATABASE_POOL_MAX).toBe(3);
  });

  it("treats empty values as unset, as in .env files", () => {
    const config = parseEnv({ DATABASE_URL: "", OPENAI_API_KEY: "", CHAT_HISTORY_LIMIT: "" });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.OPENAI_API_KEY).toBeUndefined();
    expect(config.CHAT_HISTORY_LIMIT).toBe(20);
  });

  it("accepts postgres:// and postgresql:// URLs", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u@h/db" }).DATABASE_URL).toBe("postgres://u@h/db");
    expect(parseEnv({ DATABASE_URL: "postgresql://u@h/db" }).DATABASE_URL).toBe(
      "postgresql://u@h/db",
    );
  });

  it.each([
    [
      "DATABASE_URL",
      "mysql://u@h/db",
      /DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/,
    ],
    ["DATABASE_DRIVER", "sqlite", /DATABASE_DRIVER: /],
    ["CHAT_HISTORY_LIMIT", "lots", /CHAT_HISTORY_LIMIT: /],
    ["CHAT_HISTORY_LIMIT", "1", /CHAT_HISTORY_LIMIT: /],
    ["CHAT_HISTORY_LIMIT", "2.5", /CHAT_HISTORY_LIMIT: /],
    ["DATABASE_POOL_MAX", "0", /DATABASE_POOL_MAX: /],
    ["AI_TIMEOUT_MS", "10", /AI_TIMEOUT_MS: /],
    ["BETTER_AUTH_SECRET", "short", /BETTER_AUTH_SECRET: must be at least 32 characters/],
    ["BETTER_AUTH_URL", "not a url", /BETTER_AUTH_URL: /],
    ["AUTH_RATE_LIMIT", "maybe", /AUTH_RATE_LIMIT: /],
    ["NODE_ENV", "staging", /NODE_ENV: /],
  ])("a wrong %s (%j) stops with a message naming it", (name, value, message) => {
    expect(() => parseEnv({ [name]: value })).toThrow(/^Invalid configuration:/);
    expect(() => parseEnv({ [name]: value })).toThrow(message);
  });

  it("names every wrong variable at once", () => {
    let error: Error | undefined;
    try {
      parseEnv({ DATABASE_DRIVER: "sqlite", CHAT_HISTORY_LIMIT: "many" });
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(/DATABASE_DRIVER/);
    expect(error?.message).toMatch(/CHAT_HISTORY_LIMIT/);
  });
});
describe("CHAT_QUOTA_PER_HOUR", () => {
  it("defaults to 120 messages an hour", () => {
    expect(parseEnv({}).CHAT_QUOTA_PER_HOUR).toBe(120);
  });

  it("accepts a whole number, and 0 to turn the quota off", () => {
    expect(parseEnv({ CHAT_QUOTA_PER_HOUR: "30" }).CHAT_QUOTA_PER_HOUR).toBe(30);
    expect(parseEnv({ CHAT_QUOTA_PER_HOUR: "0" }).CHAT_QUOTA_PER_HOUR).toBe(0);
  });

  it("names the variable when the value is wrong", () => {
    for (const wrong of ["-1", "lots", "1.5"]) {
      expect(() => parseEnv({ CHAT_QUOTA_PER_HOUR: wrong })).toThrow(/CHAT_QUOTA_PER_HOUR/);
    }
  });
});
