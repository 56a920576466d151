import { describe, expect, it } from "vitest";
import { looksLikeApiKey } from "./api-key-limits";

describe("looksLikeApiKey", () => {
  it("accepts our keys, with the default or a custom prefix", () => {
    expect(looksLikeApiKey(`tc_${"a".repeat(48)}`)).toBe(true);
    expect(looksLikeApiKey(`my-app_${"Z".repeat(48)}`)).toBe(true);
  });

  it("refuses session tokens and short or odd values", () => {
    const sessionToken =
      "IvHEqvAbW6uV884a1pagUFweCUo9lAn5.j8hkVOqPCe5Qf3hpNsEiPaoQDrh/xsGLJmJw111eVRg=";
    expect(looksLikeApiKey(sessionToken)).toBe(false);
    expect(looksLikeApiKey("IvHEqvAbW6uV884a1pagUFweCUo9lAn5")).toBe(false);
    expect(looksLikeApiKey("tc_short")).toBe(false);
    expect(looksLikeApiKey(`tc_${"a".repeat(48)} `)).toBe(false);
  });
});
