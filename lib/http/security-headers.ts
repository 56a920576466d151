/**
 * Security headers for every response, as Next's `headers()` rules (see next.config.ts
 * and docs/decisions/007-security-model.md). One strict Content-Security-Policy for
 * every page; a route that needs a third party (the ChatKit page loads OpenAI's script
 * and frame) gets exactly that allowance, and no other route does.
 */

export type CspDirective =
  | "default-src"
  | "script-src"
  | "style-src"
  | "img-src"
  | "font-src"
  | "connect-src"
  | "frame-src"
  | "worker-src"
  | "manifest-src"
  | "frame-ancestors"
  | "base-uri"
  | "form-action"
  | "object-src";

export type CspSources = Partial<Record<CspDirective, readonly string[]>>;

/**
 * What every page needs. Scripts: Next's App Router inlines its bootstrap and flight
 * data as inline scripts; without a per-request nonce (which would make every page
 * dynamic) they need 'unsafe-inline'. Every other directive is 'self' or tighter,
 * nothing may frame us, and no plugin, foreign form target or <base> is allowed.
 */
const PAGE_CSP: CspSources = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "'unsafe-inline'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "frame-src": ["'none'"],
  "worker-src": ["'self'", "blob:"],
  "manifest-src": ["'self'"],
  "frame-ancestors": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "object-src": ["'none'"],
};

/** API answers are data, never documents: they may load nothing and be framed by no one. */
const API_CSP: CspSources = {
  "default-src": ["'none'"],
  "frame-ancestors": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
};

/**
 * Third-party allowances, per route. Adding a route here loosens that route only.
 * ChatKit's web component loads from OpenAI's CDN and renders in an iframe from it,
 * which talks to OpenAI's API.
 */
export const ROUTE_ALLOWANCES: ReadonlyArray<{ source: string; allow: CspSources }> = [
  {
    source: "/chatkit",
    allow: {
      "script-src": ["https://cdn.platform.openai.com"],
      "frame-src": ["https://cdn.platform.openai.com"],
      "connect-src": ["https://api.openai.com", "https://cdn.platform.openai.com"],
      "img-src": ["https://cdn.platform.openai.com"],
    },
  },
];

/** Headers that do not depend on the route. */
const COMMON_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // For browsers that predate frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  {
    // The microphone for this origin only: the composer's dictation (never for frames).
    key: "Permissions-Policy",
    value: "camera=(), microphone=(self), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
];

export interface SecurityHeaderOptions {
  /** `next dev`: React's fast refresh evaluates code, so scripts also need 'unsafe-eval'. */
  development: boolean;
}

/** A policy with extra sources merged in; a source added to a `'none'` directive replaces it. */
export function contentSecurityPolicy(base: CspSources, extra: CspSources = {}): string {
  const directives = new Set([...Object.keys(base), ...Object.keys(extra)] as CspDirective[]);
  return [...directives]
    .map((directive) => {
      const added = extra[directive] ?? [];
      const own = (base[directive] ?? base["default-src"] ?? []).filter(
        (source) => !(source === "'none'" && added.length > 0),
      );
      return `${directive} ${[...new Set([...own, ...added])].join(" ")}`;
    })
    .join("; ");
}

function pagePolicy(options: SecurityHeaderOptions, extra: CspSources = {}): string {
  const development: CspSources = options.development
    ? { "script-src": ["'unsafe-eval'"], "connect-src": ["ws:"] }
    : {};
  const merged: CspSources = { ...development };
  for (const [directive, sources] of Object.entries(extra) as [CspDirective, string[]][]) {
    merged[directive] = [...(merged[directive] ?? []), ...sources];
  }
  return contentSecurityPolicy(PAGE_CSP, merged);
}

/**
 * Next's `headers()` rules. When several rules match a path, the later one's value
 * of a header wins: the API and per-route rules come after the catch-all.
 */
export function securityHeaderRules(options: SecurityHeaderOptions) {
  const csp = (value: string) => ({ key: "Content-Security-Policy", value });
  return [
    { source: "/:path*", headers: [...COMMON_HEADERS, csp(pagePolicy(options))] },
    { source: "/api/:path*", headers: [csp(contentSecurityPolicy(API_CSP))] },
    ...ROUTE_ALLOWANCES.map(({ source, allow }) => ({
      source,
      headers: [csp(pagePolicy(options, allow))],
    })),
  ];
}
