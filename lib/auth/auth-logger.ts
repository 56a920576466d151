import type { BetterAuthOptions } from "better-auth";

type LogLevel = "debug" | "info" | "warn" | "error";

/**
 * Better Auth's log lines, one line each: its default prints whole error objects over
 * many lines, which a client can trigger at will (every refused API key was one), so
 * a flood of bad requests became a flood of log. Refused keys are left out here:
 * lib/mcp/refusal-log.ts reports them, at most once a minute.
 */
export const authLogger: NonNullable<BetterAuthOptions["logger"]> = {
  level: "warn",
  log(level: LogLevel, message: string, ...args: unknown[]) {
    if (message.startsWith("Failed to validate API key")) return;
    const detail = args.map(describe).filter(Boolean).join(" ");
    const line = `[taskchat] auth ${level}: ${message}${detail ? ` ${detail}` : ""}`;
    (level === "error" ? console.error : console.warn)(
      line.replace(/\s*\n\s*/g, " ").slice(0, 500),
    );
  },
};

function describe(value: unknown): string {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return `${value.name}: ${value.message}${typeof code === "string" ? ` (${code})` : ""}`;
  }
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return String(value);
  }
}
