import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { securityHeaderRules } from "./lib/http/security-headers";

export default function nextConfig(phase: string): NextConfig {
  return {
    // Database drivers load native/wasm files at run time; bundling them breaks that.
    serverExternalPackages: ["@electric-sql/pglite", "pg", "@neondatabase/serverless", "ws"],
    poweredByHeader: false,
    async headers() {
      return securityHeaderRules({ development: phase === PHASE_DEVELOPMENT_SERVER });
    },
  };
}
