import { betterAuth, type BetterAuthOptions } from "better-auth";
import { bearer } from "better-auth/plugins";
import { database } from "@/db";
import { env } from "@/lib/env";
import { apiKeyPlugin } from "./api-keys";
import { trustedOrigins } from "@/lib/http/origin";
import { authSecret } from "./secret";

/** Better Auth's options; also what its schema migration reads. */
export function authOptions() {
  const config = env();
  return {
    appName: "Taskchat",
    baseURL: config.BETTER_AUTH_URL,
    secret: authSecret(),
    database: { db: database().db, type: "postgres", transaction: true },
    emailAndPassword: {
      enabled: true,
      autoSignIn: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
    },
    // Scripts and API clients send `Authorization: Bearer <token>` (from the sign-in
    // response's `set-auth-token` header) instead of the cookie. API keys serve MCP only.
    plugins: [bearer(), apiKeyPlugin()],
    trustedOrigins: (request?: Request) => trustedOrigins(config.BETTER_AUTH_URL, request),
    // Counted in the database, so the limits hold across instances.
    rateLimit: { enabled: config.AUTH_RATE_LIMIT === "on", storage: "database" },
    advanced: {
      // Each request reads its session and user in one query, not two. Not the cookie
      // cache (a signed copy of the session in a cookie, no query at all): a signed-out or
      // revoked session would go on working wherever a copy was kept, for its lifetime.
      database: { joins: true },
      useSecureCookies:
        config.NODE_ENV === "production" && config.BETTER_AUTH_URL?.startsWith("https:"),
    },
  } satisfies BetterAuthOptions;
}

type Auth = ReturnType<typeof createAuth>;
function createAuth() {
  return betterAuth(authOptions());
}

const holder = globalThis as typeof globalThis & { __taskchatAuth?: Auth };

/** Created on first use, so `next build` needs no secret and opens no database. */
export function auth(): Auth {
  holder.__taskchatAuth ??= createAuth();
  return holder.__taskchatAuth;
}
