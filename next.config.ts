import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { securityHeaderRules } from "./lib/http/security-headers";

export default function nextConfig(phase: string): NextConfig {
  return {
    // Database drivers load native/wasm files at run time; bundling them breaks that.
    serverExternalPackages: ["@electric-sql/pglite", "pg", "@neondatabase/serverless", "ws"],
    poweredByHeader: false,
    // Checked after every page and route (dynamic ones included): an `/api/*` path that
    // none serves gets the JSON 404 of app/api/not-found, not the HTML page.
    async rewrites() {
      return {
        beforeFiles: [],
        afterFiles: [],
        fallback: [{ source: "/api/:path*", destination: "/api/not-found" }],
      };
    },
    async headers() {
      return securityHeaderRules({ development: phase === PHASE_DEVELOPMENT_SERVER });
    },
  };
}
