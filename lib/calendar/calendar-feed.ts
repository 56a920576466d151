import crypto from "node:crypto";
import * as feeds from "@/db/calendar-feeds";
import { userTimeZone } from "@/db/accounts";
import { authSecret } from "@/lib/auth/secret";
import { NotFoundError } from "@/lib/errors";
import { renderTaskCalendar } from "./task-calendar";

/**
 * A user's private calendar URL: `<origin>/api/calendar/<token>.ics`. The token is
 * derived from the feed's stored nonce with the server's secret, so the same URL can be
 * shown again without storing it; only its SHA-256 is stored, for the lookup. Rotating
 * replaces the nonce: the old token's hash is gone, so the old URL answers 404.
 */

export const FEED_PATH = "/api/calendar";

function tokenFor(nonce: string): string {
  return crypto
    .createHmac("sha256", authSecret())
    .update(`calendar-feed:${nonce}`)
    .digest("base64url");
}

function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

const newNonce = () => crypto.randomBytes(16).toString("base64url");

function feedUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}${FEED_PATH}/${token}.ics`;
}

/** The user's feed URL, made on first request. */
export async function calendarFeedUrl(userId: string, origin: string): Promise<string> {
  let feed = await feeds.findFeedOf(userId);
  if (!feed) {
    const nonce = newNonce();
    feed = await feeds.ensureFeed(userId, nonce, hashToken(tokenFor(nonce)));
  }
  const token = tokenFor(feed.nonce);
  // BETTER_AUTH_SECRET changed since: the stored hash is of the old token. Showing the URL
  // again makes the new one work (and the old one, already dead with the old secret, stays so).
  if (hashToken(token) !== feed.tokenHash) await feeds.updateTokenHash(userId, hashToken(token));
  return feedUrl(origin, token);
}

/** A new URL for the user's feed; the previous one answers 404 from now on. */
export async function rotateCalendarFeed(userId: string, origin: string): Promise<string> {
  const nonce = newNonce();
  const token = tokenFor(nonce);
  await feeds.replaceFeed(userId, nonce, hashToken(token));
  return feedUrl(origin, token);
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The ICS text of the feed `token` opens; NotFoundError for an unknown or retired token. */
export async function renderCalendarFeed(token: string, origin: string): Promise<string> {
  if (!TOKEN_SHAPE.test(token)) throw new NotFoundError("Calendar");
  const feed = await feeds.findFeedByTokenHash(hashToken(token));
  // The hash matched; the token must also be the one the current nonce derives (a hash
  // left from before a secret change opens nothing).
  if (!feed || !crypto.timingSafeEqual(Buffer.from(tokenFor(feed.nonce)), Buffer.from(token))) {
    throw new NotFoundError("Calendar");
  }
  const [timezone, tasks] = await Promise.all([
    userTimeZone(feed.userId),
    feeds.calendarTasks(feed.userId),
  ]);
  return renderTaskCalendar({ userId: feed.userId, timezone, origin, tasks });
}
