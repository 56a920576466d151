import { betterAuth, type BetterAuthOptions } from "better-auth";
import { bearer } from "better-auth/plugins";
import { database } from "@/db";
import { env } from "@/lib/env";
import { apiKeyPlugin } from "./api-keys";
import { trustedOrigins } from "@/lib/http/origin";
import { authSecret } from "./secret";

/** Better Auth's options; also what its schema migration reads. */
/** How long a browser's signed copy of its session is trusted without a database lookup. */
export const SESSION_COOKIE_CACHE_SECONDS = 5 * 60;

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
    session: {
      // A signed copy of the session in a short-lived cookie: a browser's requests skip
      // the session and user lookups (two statements each). The price: a session revoked
      // elsewhere still works in a browser that holds a copy, for at most this long.
      cookieCache: { enabled: true, maxAge: SESSION_COOKIE_CACHE_SECONDS },
    },
    trustedOrigins: (request?: Request) => trustedOrigins(config.BETTER_AUTH_URL, request),
    // Counted in the database, so the limits hold across instances.
    rateLimit: { enabled: config.AUTH_RATE_LIMIT === "on", storage: "database" },
    advanced: {
      // Bearer and API-key requests (no cookie copy) read session and user in one query.
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
