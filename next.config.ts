import { execFileSync } from "node:child_process";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from "next/constants";
import { securityHeaderRules } from "./lib/http/security-headers";

export default async function nextConfig(phase: string): Promise<NextConfig> {
  const config = appConfig(phase);
  // next-intl's plugin tells the bundler where the interface's messages come from
  // (i18n/request.ts; docs/decisions/018-interface-languages.md): build and development
  // only. `next start` runs what was built, and loading the plugin (a native file
  // watcher among its imports) was ~60-120 ms of every start (docs/performance.md).
  if (phase === PHASE_PRODUCTION_SERVER) return config;
  const { default: createNextIntlPlugin } = await import("next-intl/plugin");
  return createNextIntlPlugin("./i18n/request.ts")(config);
}

function appConfig(phase: string): NextConfig {
  return {
    // Database drivers load native/wasm files at run time; bundling them breaks that. The
    // calendar feed's time zone definitions are files read beside their module, likewise.
    serverExternalPackages: [
      "@electric-sql/pglite",
      "pg",
      "@neondatabase/serverless",
      "ws",
      "@touch4it/ical-timezones",
    ],
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
    // Load each route's code on its first request, not every route's at start: ~30 MB less
    // resident memory and a quicker first answer (docs/performance.md).
    experimental: { preloadEntriesOnStart: false },
    compiler: {
      // The database the build will run against (scripts/build-database.ts): a server
      // database is migrated now (a failure fails the build); on Vercel the embedded one
      // is refused; otherwise a prepared embedded database is made, so a new one starts
      // from a copy instead of initdb (seconds saved).
      runAfterProductionCompile: async ({ projectDir }) => {
        try {
          execFileSync(process.execPath, ["--import", "tsx", "scripts/build-database.ts"], {
            cwd: projectDir,
            stdio: "inherit",
          });
        } catch {
          // The script has said why.
          throw new Error("The database step of the build failed (see above).");
        }
      },
    },
    async headers() {
      return securityHeaderRules({ development: phase === PHASE_DEVELOPMENT_SERVER });
    },
  };
}
