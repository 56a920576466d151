/**
 * What can go wrong, in the domain's words. Services throw these; only lib/http
 * (`toApiError`) turns them into HTTP statuses and the contract's error codes, so a
 * service never knows it is behind HTTP (MCP and ChatKit reuse the same mapping).
 */
export type DomainErrorKind =
  | "not_found"
  | "conflict"
  | "validation"
  | "rate_limited"
  | "task_limit_reached"
  | "model_unavailable"
  | "database_unavailable";

export interface DomainErrorDetails {
  /** The input field at fault (validation). */
  field?: string;
  /** When the client may try again (rate limits). */
  retryAfterSeconds?: number;
}

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export class NotFoundError extends DomainError {
  /** What was not found, e.g. "Conversation" (adapters may name it in their own terms). */
  constructor(readonly what: string) {
    super("not_found", `${what} not found.`);
  }
}

/** The value, or a NotFoundError naming what is missing when there is none. */
export function found<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new NotFoundError(what);
  return value;
}

export class ValidationError extends DomainError {
  constructor(message: string, field?: string) {
    super("validation", message, field ? { field } : {});
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super("conflict", message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(message: string, retryAfterSeconds: number) {
    super("rate_limited", message, { retryAfterSeconds });
  }
}

/** The user has as many tasks as allowed (MAX_TASKS_PER_USER). */
export class TaskLimitReachedError extends DomainError {
  constructor(readonly maxTasks: number) {
    super(
      "task_limit_reached",
      `You have ${maxTasks} tasks, the most allowed. Delete some you no longer need first.`,
    );
  }
}

export class UnavailableError extends DomainError {
  constructor(what: "model" | "database", message: string) {
    super(what === "model" ? "model_unavailable" : "database_unavailable", message);
  }
}
