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

/** Turns anything thrown into an ApiError, logging what the client must not see. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof DomainError) {
    return new ApiError(DOMAIN_ERROR_CODE[error.kind], error.message, error.details);
  }
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
