/**
 * Logs a failure the process carries on after: what failed, and the error's message
 * (not its stack or data, which may hold more than an operator's log should).
 */
export function logFailure(what: string, error: unknown): void {
  console.error(`[taskchat] ${what}:`, error instanceof Error ? error.message : error);
}
