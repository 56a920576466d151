import { toNextJsHandler } from "better-auth/next-js";
import { countHits, recordHit } from "@/db/usage";
import { env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "@/lib/http/client-address";
import { auth } from "./auth";

/**
 * Failed sign-ins per account, from any address: a guesser spreading over many
 * addresses is still stopped. The price is that a guesser can make an account wait out
 * the window; the per-address limit (Better Auth's, 3 per 10 s) stops one address long
 * before that.
 */
export const SIGN_IN_FAILURE_LIMIT = { max: 10, windowSeconds: 15 * 60 };

/** Serves Better Auth's endpoints with our client address and per-account limit. */
export async function serveAuth(incoming: Request): Promise<Response> {
  const body = incoming.body ? new Uint8Array(await incoming.arrayBuffer()) : undefined;
  const request = new Request(incoming.url, {
    method: incoming.method,
    headers: withClientAddress(incoming.headers),
    body,
    signal: incoming.signal,
  });
  const limited = env().AUTH_RATE_LIMIT === "on";
  const account = limited && isEmailSignIn(request) ? signInAccount(body) : undefined;
  if (account) {
    const { hits, retryAfterSeconds } = await countHits(
      account,
      SIGN_IN_FAILURE_LIMIT.windowSeconds,
    );
    if (hits >= SIGN_IN_FAILURE_LIMIT.max) return tooManyFailures(retryAfterSeconds);
  }
  const handlers = toNextJsHandler(auth());
  const response = await (request.method === "GET"
    ? handlers.GET(request)
    : handlers.POST(request));
  if (account && response.status === 401) {
    await recordHit(account, SIGN_IN_FAILURE_LIMIT.windowSeconds);
  }
  return withRetryAfter(response);
}

function withClientAddress(headers: Headers): Headers {
  const copy = new Headers(headers);
  copy.delete(CLIENT_ADDRESS_HEADER);
  const address = clientAddress(headers);
  if (address) copy.set(CLIENT_ADDRESS_HEADER, address);
  return copy;
}

function isEmailSignIn(request: Request): boolean {
  return request.method === "POST" && new URL(request.url).pathname.endsWith("/sign-in/email");
}

/** The rate-limit key of the account a sign-in names; undefined when the body names none. */
function signInAccount(body: Uint8Array | undefined): string | undefined {
  try {
    const { email } = JSON.parse(new TextDecoder().decode(body)) as { email?: unknown };
    if (typeof email !== "string" || !email.trim()) return undefined;
    return `sign-in-failures:${email.trim().toLowerCase()}`;
  } catch {
    return undefined;
  }
}

/** Better Auth's error shape (`{code, message}`), as its other answers on these paths. */
function tooManyFailures(retryAfterSeconds: number): Response {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return Response.json(
    {
      code: "TOO_MANY_FAILED_SIGN_INS",
      message: `Too many failed sign-ins for this account. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    },
    {
      status: 429,
      headers: { "retry-after": String(retryAfterSeconds), "cache-control": "no-store" },
    },
  );
}

/** Better Auth says `X-Retry-After`; HTTP (and our contract) says `Retry-After`. */
function withRetryAfter(response: Response): Response {
  const retryAfter = response.headers.get("x-retry-after");
  if (response.status !== 429 || !retryAfter || response.headers.has("retry-after"))
    return response;
  const headers = new Headers(response.headers);
  headers.set("retry-after", retryAfter);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
