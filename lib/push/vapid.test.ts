import webpush from "web-push";
import { describe, expect, it } from "vitest";
import { parseEnv as parseProcessEnv } from "@/lib/env";
import { vapidMode, vapidSubject } from "./vapid";

/** Configuration as a process would see it with exactly these variables. */
const parseEnv = (source: Record<string, string>) => parseProcessEnv(source as NodeJS.ProcessEnv);

const keys = webpush.generateVAPIDKeys();
const server = { NODE_ENV: "production", DATABASE_URL: "postgres://db.example.com/app" };

describe("VAPID configuration", () => {
  it("uses configured keys in any environment", () => {
    const config = parseEnv({
      ...server,
      VAPID_PUBLIC_KEY: keys.publicKey,
      VAPID_PRIVATE_KEY: keys.privateKey,
    });
    expect(vapidMode(config)).toEqual({ mode: "configured" });
  });

  it("generates a pair in development and on the embedded database, not on a production server", () => {
    expect(vapidMode(parseEnv({ NODE_ENV: "development" }))).toEqual({ mode: "generated" });
    expect(vapidMode(parseEnv({ NODE_ENV: "production" }))).toEqual({ mode: "generated" });
    const off = vapidMode(parseEnv(server));
    expect(off).toMatchObject({ mode: "off" });
    expect(off.mode === "off" && off.reason).toContain("npx web-push generate-vapid-keys");
  });

  it("turns push off, rather than refusing to start, when only half the pair is set", () => {
    const config = parseEnv({ ...server, VAPID_PUBLIC_KEY: keys.publicKey });
    expect(vapidMode(config)).toMatchObject({ mode: "off" });
  });

  it("refuses a key that is not one, naming the variable", () => {
    expect(() => parseEnv({ VAPID_PUBLIC_KEY: keys.privateKey })).toThrow(/VAPID_PUBLIC_KEY/);
    expect(() => parseEnv({ VAPID_PRIVATE_KEY: "not a key" })).toThrow(/VAPID_PRIVATE_KEY/);
    expect(() => parseEnv({ VAPID_SUBJECT: "http://example.com" })).toThrow(/VAPID_SUBJECT/);
  });

  it("signs as VAPID_SUBJECT, else the public https origin, else a placeholder address", () => {
    expect(vapidSubject(parseEnv({ VAPID_SUBJECT: "mailto:ops@example.com" }))).toBe(
      "mailto:ops@example.com",
    );
    expect(vapidSubject(parseEnv({ BETTER_AUTH_URL: "https://tasks.example.com/app" }))).toBe(
      "https://tasks.example.com",
    );
    expect(vapidSubject(parseEnv({ BETTER_AUTH_URL: "http://localhost:3000" }))).toMatch(
      /^mailto:/,
    );
  });
});
