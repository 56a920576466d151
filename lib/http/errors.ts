import { STORAGE_FAILURE_MESSAGE, isStorageFailure } from "@/db/storage-failure";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { DomainError, type DomainErrorKind } from "@/lib/errors";

export { isDatabaseUnavailable };

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

/** The contract's code for each kind of domain error. */
const DOMAIN_ERROR_CODE: Record<DomainErrorKind, ErrorCode> = {
  not_found: "NOT_FOUND",
  conflict: "CONFLICT",
  validation: "VALIDATION_ERROR",
  rate_limited: "RATE_LIMITED",
  task_limit_reached: "TASK_LIMIT_REACHED",
  model_unavailable: "MODEL_UNAVAILABLE",
  database_unavailable: "DATABASE_UNAVAILABLE",
};

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

/**
 * The embedded database's own refusals (lock held, folder gone, storage failed; see
 * db/embedded/errors.ts), also when wrapped as a cause (Better Auth wraps its errors).
 */
function embeddedDatabaseUnavailable(
  error: unknown,
): (Error & { publicMessage: string }) | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const candidate = e as Error & { databaseUnavailable?: unknown; publicMessage?: unknown };
    if (candidate.databaseUnavailable === true && typeof candidate.publicMessage === "string") {
      return candidate as Error & { publicMessage: string };
    }
  }
  return undefined;
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Turns anything thrown into an ApiError, logging what the client must not see. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof DomainError) {
    return new ApiError(DOMAIN_ERROR_CODE[error.kind], error.message, error.details);
  }
  const embedded = embeddedDatabaseUnavailable(error);
  if (embedded) {
    console.error("[taskchat]", embedded.message);
    return new ApiError("DATABASE_UNAVAILABLE", embedded.publicMessage);
  }
  if (isStorageFailure(error)) {
    console.error("[taskchat] database storage failed:", describeError(error));
    return new ApiError("DATABASE_UNAVAILABLE", STORAGE_FAILURE_MESSAGE);
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
