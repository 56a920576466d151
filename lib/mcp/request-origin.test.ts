import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/http/errors";
import { assertTrustedHostAndOrigin } from "./request-origin";

const PUBLIC_URL = "https://tasks.example.com";

function request(url: string, headers: Record<string, string>): Request {
  return new Request(url, { method: "POST", headers });
}

function refusal(run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof ApiError ? error.code : String(error);
  }
}

describe("assertTrustedHostAndOrigin", () => {
  it("accepts loopback hosts on any port, and the public host", () => {
    for (const host of ["localhost:3000", "127.0.0.1:4123", "[::1]:3000", "LOCALHOST"]) {
      const check = () =>
        assertTrustedHostAndOrigin(request(`http://${host}/api/mcp`, { host }), undefined);
      expect(refusal(check), host).toBeUndefined();
    }
    const publicRequest = request(`${PUBLIC_URL}/api/mcp`, { host: "tasks.example.com" });
    expect(refusal(() => assertTrustedHostAndOrigin(publicRequest, PUBLIC_URL))).toBeUndefined();
  });

  it("refuses another host name: a rebound DNS name still sends its own", () => {
    for (const host of ["evil.example:3000", "tasks.example.com.evil.example", "", "a b"]) {
      const check = () =>
        assertTrustedHostAndOrigin(request("http://localhost:3000/api/mcp", { host }), PUBLIC_URL);
      expect(refusal(check), host).toBe("FORBIDDEN");
    }
  });

  it("lets requests without Origin through (non-browser clients)", () => {
    const check = () =>
      assertTrustedHostAndOrigin(
        request("http://localhost:3000/api/mcp", { host: "localhost:3000" }),
        PUBLIC_URL,
      );
    expect(refusal(check)).toBeUndefined();
  });

  it("accepts our own origin and refuses any other", () => {
    const ok = ["http://localhost:3000", PUBLIC_URL];
    const bad = ["https://evil.example", "http://localhost:3001", "null", "http://127.0.0.1:3000"];
    for (const origin of [...ok, ...bad]) {
      const check = () =>
        assertTrustedHostAndOrigin(
          request("http://localhost:3000/api/mcp", { host: "localhost:3000", origin }),
          PUBLIC_URL,
        );
      expect(refusal(check), origin).toBe(ok.includes(origin) ? undefined : "FORBIDDEN");
    }
  });
});
