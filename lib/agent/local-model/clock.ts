/**
 * When and where the person is: "now" and their IANA time zone. Dates the local model
 * writes ("tomorrow", "on the 15th") are calendar dates in that zone, so it needs both.
 * The agent passes them per call as provider options (`taskchat: { now, timeZone }`);
 * without them the model uses the real clock and UTC.
 */
import type { LanguageModelV4CallOptions } from "@ai-sdk/provider";

export interface Clock {
  now: Date;
  timeZone: string;
}

/** The provider options key the agent uses for the clock (lib/agent/run-agent.ts). */
export const CLOCK_OPTIONS_KEY = "taskchat";

/** The clock of one call: the agent's provider options, then the model's default, then the real clock in UTC. */
export function clockOf(
  options: Pick<LanguageModelV4CallOptions, "providerOptions">,
  fallback?: () => Partial<Clock>,
): Clock {
  const given = options.providerOptions?.[CLOCK_OPTIONS_KEY] ?? {};
  const base = fallback?.() ?? {};
  const now =
    typeof given.now === "string" || typeof given.now === "number"
      ? new Date(given.now)
      : (base.now ?? new Date());
  const zone = typeof given.timeZone === "string" ? given.timeZone : base.timeZone;
  return {
    now: Number.isNaN(now.getTime()) ? new Date() : now,
    timeZone: zone && isTimeZone(zone) ? zone : "UTC",
  };
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in the zone, as numbers: what "today" and "5pm" mean there. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export function wallClock(clock: Clock): WallClock {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: clock.timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
  }).formatToParts(clock.now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour") % 24,
    minute: get("minute"),
  };
}

/**
 * A Date whose process-local fields are the person's wall clock. chrono-node computes
 * "tomorrow" and "in 2 hours" in the process's zone; handing it this reference makes
 * its answers the person's calendar date and wall-clock time, whatever the server's zone.
 */
export function wallClockDate(clock: Clock): Date {
  const w = wallClock(clock);
  return new Date(w.year, w.month - 1, w.day, w.hour, w.minute);
}

const pad = (n: number) => String(n).padStart(2, "0");
export const isoDate = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
export const isoTime = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;
