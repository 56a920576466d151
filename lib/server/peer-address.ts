import crypto from "node:crypto";
import http from "node:http";

/**
 * The TCP peer's address, for route handlers. Next's route handlers see only a web
 * `Request`, and Next copies the socket address into `X-Forwarded-For` only when the
 * client sent none, so that header is whatever the client chose. So the server process
 * stamps each incoming request with the socket's address in a header of its own, with
 * a per-process secret in front: a client can send the header, but not one that passes.
 */
const PEER_HEADER = "x-taskchat-peer";

const holder = globalThis as typeof globalThis & { __taskchatPeerSecret?: string };

/** Called once at server start (instrumentation.ts), before any request is served. */
export function stampPeerAddresses(): void {
  if (holder.__taskchatPeerSecret) return;
  const secret = crypto.randomBytes(16).toString("hex");
  holder.__taskchatPeerSecret = secret;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = `${secret} ${request.socket?.remoteAddress ?? ""}`;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}

/** The socket address of the request's client (or of the proxy in front), if known. */
export function peerAddress(headers: Headers): string | undefined {
  const secret = holder.__taskchatPeerSecret;
  const value = headers.get(PEER_HEADER);
  if (!secret || !value?.startsWith(`${secret} `)) return undefined;
  return value.slice(secret.length + 1) || undefined;
}
