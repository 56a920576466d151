import { describe, expect, it } from "vitest";
import { cronAuthorized } from "./cron-auth";

const secret = "a-cron-secret-of-some-length";

describe("cronAuthorized", () => {
  it("accepts exactly the configured secret as a bearer token", () => {
    expect(cronAuthorized(`Bearer ${secret}`, secret)).toBe(true);
  });

  it("refuses a wrong, missing or differently sent secret", () => {
    expect(cronAuthorized(`Bearer ${secret}x`, secret)).toBe(false);
    expect(cronAuthorized(null, secret)).toBe(false);
    expect(cronAuthorized(secret, secret)).toBe(false);
    expect(cronAuthorized(`Basic ${secret}`, secret)).toBe(false);
    expect(cronAuthorized("Bearer ", secret)).toBe(false);
  });

  it("refuses everything when no secret is configured", () => {
    expect(cronAuthorized("Bearer undefined", undefined)).toBe(false);
    expect(cronAuthorized("Bearer ", undefined)).toBe(false);
  });
});
