import { describe, expect, it } from "vitest";
import { ApiError } from "./errors";
import { assertTrustedOrigin } from "./origin";

const APP = "http://127.0.0.1:3000";

function request(method: string, headers: Record<string, string>) {
  return new Request(`${APP}/api/tasks`, {
    method,
    headers: { host: "127.0.0.1:3000", ...headers },
  });
}

function refused(req: Request, baseUrl?: string, by: "bearer" | "cookie" = "cookie"): boolean {
  try {
    assertTrustedOrigin(req, baseUrl, by);
    return false;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(403);
    return true;
  }
}

describe("assertTrustedOrigin", () => {
  const cookie = { cookie: "better-auth.session_token=abc" };

  it("refuses a cookie-authenticated write from another site", () => {
    expect(refused(request("POST", { ...cookie, origin: "https://evil.example" }))).toBe(true);
    expect(refused(request("DELETE", { ...cookie, "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(refused(request("PATCH", { ...cookie, origin: "null" }))).toBe(true);
  });

  it("accepts the app's own origin and the configured public URL", () => {
    expect(
      refused(request("POST", { ...cookie, origin: APP, "sec-fetch-site": "same-origin" })),
    ).toBe(false);
    expect(
      refused(
        request("POST", { ...cookie, origin: "https://taskchat.example.com" }),
        "https://taskchat.example.com",
      ),
    ).toBe(false);
  });

  it("refuses a cross-site write that authenticated by cookie, whatever Authorization it carries", () => {
    for (const authorization of ["Basic dXNlcjpwYXNz", "Bearer ", "Bearer not-a-session"]) {
      expect(
        refused(request("POST", { ...cookie, authorization, origin: "https://evil.example" })),
      ).toBe(true);
    }
  });

  it("lets reads, bearer-authenticated clients and scripts without browser headers through", () => {
    expect(refused(request("GET", { ...cookie, origin: "https://evil.example" }))).toBe(false);
    expect(
      refused(
        request("POST", { authorization: "Bearer t", origin: "https://evil.example" }),
        undefined,
        "bearer",
      ),
    ).toBe(false);
    expect(refused(request("POST", cookie))).toBe(false);
  });
});
