import { describe, expect, it } from "vitest";
import { weakPasswordProblem } from "./password-strength";

describe("weakPasswordProblem", () => {
  it("refuses common, repeated and keyboard passwords with a reason", async () => {
    for (const password of ["password", "12345678", "        ", "qwertyuiop", "aaaaaaaaaa"]) {
      expect(await weakPasswordProblem(password), password).toMatch(/too easy to guess/);
    }
  });

  it("refuses a password made of the person's own email or name", async () => {
    expect(await weakPasswordProblem("ada.lovelace", ["ada.lovelace@example.com", "Ada"])).toMatch(
      /too easy to guess/,
    );
  });

  it("accepts a passphrase", async () => {
    expect(await weakPasswordProblem("correct horse battery staple")).toBeUndefined();
    expect(await weakPasswordProblem("long enough pw")).toBeUndefined();
  });
});
