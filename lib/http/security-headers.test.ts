import { describe, expect, it } from "vitest";
import { ROUTE_ALLOWANCES, contentSecurityPolicy, securityHeaderRules } from "./security-headers";

function policies(development = false) {
  return securityHeaderRules({ development }).map((rule) => ({
    source: rule.source,
    csp: rule.headers.find((h) => h.key === "Content-Security-Policy")?.value ?? "",
  }));
}

function directive(csp: string, name: string): string[] {
  const found = csp.split("; ").find((d) => d.startsWith(`${name} `));
  return found ? found.split(" ").slice(1) : [];
}

describe("security headers", () => {
  it("gives every page a policy that allows only our own origin and no framing", () => {
    const page = policies().find((p) => p.source === "/:path*")!.csp;
    expect(directive(page, "default-src")).toEqual(["'self'"]);
    expect(directive(page, "connect-src")).toEqual(["'self'"]);
    expect(directive(page, "script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directive(page, "frame-ancestors")).toEqual(["'none'"]);
    expect(directive(page, "object-src")).toEqual(["'none'"]);
    expect(page).not.toContain("openai");
    expect(page).not.toContain("unsafe-eval");
  });

  it("allows eval only for the development server's fast refresh", () => {
    const page = policies(true).find((p) => p.source === "/:path*")!.csp;
    expect(directive(page, "script-src")).toContain("'unsafe-eval'");
  });

  it("lets API answers load nothing", () => {
    const api = policies().find((p) => p.source === "/api/:path*")!.csp;
    expect(directive(api, "default-src")).toEqual(["'none'"]);
    expect(directive(api, "frame-ancestors")).toEqual(["'none'"]);
  });

  it("gives the ChatKit page OpenAI's script, frame and API, and keeps the rest strict", () => {
    const chatkit = policies().find((p) => p.source === "/chatkit")!.csp;
    expect(directive(chatkit, "script-src")).toEqual([
      "'self'",
      "'unsafe-inline'",
      "https://cdn.platform.openai.com",
    ]);
    expect(directive(chatkit, "frame-src")).toEqual(["https://cdn.platform.openai.com"]);
    expect(directive(chatkit, "connect-src")).toContain("https://api.openai.com");
    expect(directive(chatkit, "frame-ancestors")).toEqual(["'none'"]);
    expect(ROUTE_ALLOWANCES.map((r) => r.source)).toEqual(["/chatkit"]);
  });

  it("replaces 'none' when a route adds a source, and never repeats one", () => {
    expect(
      contentSecurityPolicy(
        { "frame-src": ["'none'"], "img-src": ["'self'"] },
        { "frame-src": ["https://a.example"], "img-src": ["'self'"] },
      ),
    ).toBe("frame-src https://a.example; img-src 'self'");
  });

  it("sends nosniff, a referrer policy and a frame ban on every path", () => {
    const all = securityHeaderRules({ development: false }).find((r) => r.source === "/:path*")!;
    const headers = Object.fromEntries(all.headers.map((h) => [h.key, h.value]));
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["X-Frame-Options"]).toBe("DENY");
  });
});
