import { describe, expect, it } from "vitest";
import { parseEnv as parseEnvOf } from "./env";

const parseEnv = (values: Record<string, string>) => parseEnvOf({ NODE_ENV: "test", ...values });

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
