/** Every error a client can see: a stable code, its HTTP status, and a sentence. */
export const ERROR_STATUS = {
  INVALID_JSON: 400,
  VALIDATION_ERROR: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  CROSS_SITE_REQUEST: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  TASK_LIMIT_REACHED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  DATABASE_UNAVAILABLE: 503,
  MODEL_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { field?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) => new ApiError("NOT_FOUND", `${what} not found.`);

/** The contract's error body: `{"error": {"code", "message"}}` (+ `field` for bad input). */
export function errorResponse(error: ApiError): Response {
  const headers = new Headers({ "cache-control": "no-store" });
  if (error.details.retryAfterSeconds !== undefined) {
    headers.set("retry-after", String(error.details.retryAfterSeconds));
  }
  if (error.code === "UNAUTHORIZED") headers.set("www-authenticate", 'Bearer realm="taskchat"');
  const body = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details.field ? { field: error.details.field } : {}),
    },
  };
  return Response.json(body, { status: error.status, headers });
}

// Connection-level failures (server down, restarting, unreachable, out of slots): the
// client should retry later, so they are 503, not 500.
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EPIPE",
  "EAI_AGAIN",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "53300", // too_many_connections
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || code.startsWith("08")))
      return true;
    const message = (e as { message?: unknown }).message;
    if (
      typeof message === "string" &&
      /Connection terminated|connection timeout|WebSocket/i.test(message)
    ) {
      return true;
    }
    if (e instanceof AggregateError) return e.errors.some(isDatabaseUnavailable);
  }
  return false;
}

/** Turns anything thrown into an ApiError, logging what the client must not see. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof Error && error.name === "DatabaseLockedError") {
    console.error("[taskchat]", error.message);
    return new ApiError(
      "DATABASE_UNAVAILABLE",
      "The embedded database is in use by another process. Stop it, or configure another database.",
    );
  }
  if (isDatabaseUnavailable(error)) {
    console.error("[taskchat] database unavailable:", error);
    return new ApiError(
      "DATABASE_UNAVAILABLE",
      "The database is unavailable. Please try again shortly.",
    );
  }
  console.error("[taskchat] unexpected error:", error);
  return new ApiError("INTERNAL_ERROR", "Something went wrong on our side. Please try again.");
}
