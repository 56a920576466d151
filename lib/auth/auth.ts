import { betterAuth, type BetterAuthOptions } from "better-auth";
import { bearer } from "better-auth/plugins";
import { database } from "@/db";
import { env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { trustedOrigins } from "@/lib/http/origin";
import { PASSWORD_MAX, PASSWORD_MIN } from "./account-limits";
import { accountRules, accountRulesAfter } from "./account-rules";
import { apiKeyPlugin } from "./api-keys";
import { authLogger } from "./auth-logger";
import { authSecret } from "./secret";

/** Better Auth's options; also what its schema migration reads. */
export function authOptions() {
  const config = env();
  return {
    appName: "Taskchat",
    logger: authLogger,
    baseURL: config.BETTER_AUTH_URL,
    secret: authSecret(),
    database: { db: database().db, type: "postgres", transaction: true },
    emailAndPassword: {
      enabled: true,
      autoSignIn: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      // A reset password ends every session (changing it ends the others: account-rules.ts).
      revokeSessionsOnPasswordReset: true,
    },
    // Password strength, name rules and API key limits: lib/auth/account-rules.ts.
    hooks: { before: accountRules, after: accountRulesAfter },
    // Scripts and API clients send `Authorization: Bearer <token>` (from the sign-in
    // response's `set-auth-token` header) instead of the cookie. Only that signed form is
    // accepted: the bare token (the session table's key) is not a credential on its own.
    // API keys serve MCP only.
    plugins: [bearer({ requireSignature: true }), apiKeyPlugin()],
    trustedOrigins: (request?: Request) => trustedOrigins(config.BETTER_AUTH_URL, request),
    // Counted in the database, so the limits hold across instances; keyed on the client's
    // address as lib/auth/auth-endpoint.ts resolves it. Sign-out only ends the caller's own
    // session, so it is not limited: a flood of them must not block real ones.
    rateLimit: {
      enabled: config.AUTH_RATE_LIMIT === "on",
      storage: "database",
      customRules: { "/sign-out": false },
    },
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
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
