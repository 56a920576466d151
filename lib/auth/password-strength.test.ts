import { describe, expect, it } from "vitest";
import { weakPasswordProblem } from "./password-strength";

describe("weakPasswordProblem", () => {
  it("refuses common, repeated and keyboard passwords with a reason", () => {
    for (const password of ["password", "12345678", "        ", "qwertyuiop", "aaaaaaaaaa"]) {
      expect(weakPasswordProblem(password), password).toMatch(/too easy to guess/);
    }
  });

  it("refuses a password made of the person's own email or name", () => {
    expect(weakPasswordProblem("ada.lovelace", ["ada.lovelace@example.com", "Ada"])).toMatch(
      /too easy to guess/,
    );
  });

  it("accepts a passphrase", () => {
    expect(weakPasswordProblem("correct horse battery staple")).toBeUndefined();
    expect(weakPasswordProblem("long enough pw")).toBeUndefined();
  });
});
