import { z } from "zod";

/** A key as URL-safe base64 without padding, `bytes` long once decoded. */
function base64UrlKey(bytes: number, what: string) {
  return z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, `must be ${what}`)
    .refine((value) => Buffer.from(value, "base64url").length === bytes, `must be ${what}`);
}

/**
 * All configuration, read and validated once. Nothing else reads `process.env`
 * (except NODE_ENV checks that Next itself inlines).
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** No URL → embedded PGlite. A Neon host → Neon's serverless Pool. Anything else → `pg`. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  /**
   * A direct (not pooled) URL of the same database, as Vercel's Neon integration sets it.
   * When set, the build's migration uses it: a session advisory lock does not hold through
   * a transaction-mode pooler such as Neon's `-pooler` host.
   */
  DATABASE_URL_UNPOOLED: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  /**
   * In production an empty PGLITE_DIR that held a database before (see `<dir>.created`)
   * is refused, so an unmounted volume does not come up as an empty app; "1" starts over.
   */
  PGLITE_ALLOW_NEW: z
    .enum(["0", "1"])
    .default("0")
    .transform((value) => value === "1"),
  /** Forces a driver; normally chosen from DATABASE_URL. `neon` + NEON_WS_PROXY reaches a local server. */
  DATABASE_DRIVER: z.enum(["pglite", "pg", "neon"]).optional(),
  /** host:port of a WebSocket-to-TCP proxy for Neon's driver outside Neon (tests, local dev). */
  NEON_WS_PROXY: z.string().min(1).optional(),
  /** Connections per server process for the pooled drivers. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** The public origin of the app, e.g. https://taskchat.example.com. */
  BETTER_AUTH_URL: z.string().url().optional(),
  /**
   * "1" when the app runs behind a proxy that sets the client's address (Vercel, a load
   * balancer, nginx): per-client limits then read it from `x-forwarded-for` (or Vercel's
   * `x-vercel-forwarded-for`). Unset, forwarding headers are ignored (anyone can send them)
   * and the TCP peer's address is used. See docs/security.md.
   */
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  /**
   * Set by Vercel on its platform (build and functions). There the embedded database is
   * refused: DATABASE_URL must name a database server (docs/deploy.md).
   */
  VERCEL: z.string().optional(),
  /**
   * `next build` migrates the database named by DATABASE_URL after compiling ("on"), so a
   * deployment's new schema is in place before its code serves a request. "off" for a
   * build machine that cannot reach the database (then run `npm run db:migrate` before starting).
   */
  MIGRATE_ON_BUILD: z.enum(["on", "off"]).default("on"),
  /** Better Auth's limits on sign-in/sign-up attempts per client; "off" only for load tests. */
  AUTH_RATE_LIMIT: z.enum(["on", "off"]).default("on"),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  AI_MODEL: z.string().min(1).default("gpt-4.1-mini"),
  /**
   * The local model's pause before each streamed word, so answers read as if typed.
   * 0 streams at full speed (benchmarks, tests).
   */
  LOCAL_MODEL_PACING_MS: z.coerce.number().int().min(0).max(1000).default(8),
  /** How long one model call may take before the turn fails with 503. */
  AI_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
  /** How many stored messages of a conversation go to the model each turn. */
  CHAT_HISTORY_LIMIT: z.coerce.number().int().min(2).max(200).default(20),
  /** Which chat page `/` opens: our own (`builtin`) or OpenAI's ChatKit component (`chatkit`, at /chatkit). */
  CHAT_UI: z.enum(["builtin", "chatkit"]).default("builtin"),
  /**
   * The ChatKit component's domain key (OpenAI dashboard → domain allowlist). Read at
   * run time by the server and handed to the page; the placeholder works on localhost.
   */
  NEXT_PUBLIC_CHATKIT_DOMAIN_KEY: z.string().min(1).default("domain_pk_localhost_dev"),
  /**
   * Chat messages one user may send per rolling hour, across every chat endpoint and
   * instance (counted in the database); 0 turns the quota off (load tests only).
   */
  CHAT_QUOTA_PER_HOUR: z.coerce.number().int().min(0).max(1_000_000).default(120),
  /** Tasks one user may keep; adding more answers 409 TASK_LIMIT_REACHED. */
  MAX_TASKS_PER_USER: z.coerce.number().int().min(1).max(10_000_000).default(5000),
  /**
   * Requests of one user a server runs at once (task API, MCP tool calls); more wait
   * their turn, so one user's flood cannot fill the database's queue ahead of others.
   */
  PER_USER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(2),
  /**
   * Chat turns of one user a server runs at once (JSON, streamed and ChatKit alike); more
   * wait their turn, so one user's flood of turns (the local model is CPU work on the
   * server's one thread) cannot starve another user's chat.
   */
  CHAT_TURNS_PER_USER: z.coerce.number().int().min(1).max(100).default(4),
  /**
   * Web Push (reminders with the app closed): the VAPID key pair, as
   * `npx web-push generate-vapid-keys` prints it (URL-safe base64). Unset in development
   * (or on the embedded database) → a pair is generated once and kept in the database;
   * unset in production on a database server → push is off, with a warning at start.
   */
  VAPID_PUBLIC_KEY: base64UrlKey(65, "a P-256 public key (65 bytes, URL-safe base64)").optional(),
  VAPID_PRIVATE_KEY: base64UrlKey(32, "a P-256 private key (32 bytes, URL-safe base64)").optional(),
  /** Who push services may contact about our messages: `mailto:` or `https:`. */
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, "must be a mailto: address or an https: URL")
    .optional(),
  /**
   * The secret Vercel Cron sends as `Authorization: Bearer …` to `GET /api/cron/reminders`
   * (Vercel sets it for you when the project has a CRON_SECRET variable). Unset, the cron
   * route answers 401 to everyone; the in-process ticker still delivers reminders.
   */
  CRON_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  /**
   * The in-process reminder ticker of `npm start` / `npm run dev` (docs/reminders.md):
   * "off" when something else calls the cron route (Vercel, a system cron).
   */
  REMINDERS_TICKER: z.enum(["on", "off"]).default("on"),
  /** How often the ticker delivers due reminders; tests shorten it. */
  REMINDERS_TICK_MS: z.coerce.number().int().min(200).max(3_600_000).default(30_000),
});

export type Env = z.infer<typeof EnvSchema>;

/** Empty strings in `.env` files mean "unset", as people expect. */
function withoutEmptyValues(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => !!entry[1]),
  );
}

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const parsed = EnvSchema.safeParse(withoutEmptyValues(source));
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join(".")}: ${issue.message}`)
      .join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** True while `next build` runs: nothing may open the database then. */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}
