import { ApiError } from "@/lib/http/errors";

// Loopback names a local server may be reached by; `[::1]` is how URL spells IPv6.
const LOOPBACK_HOSTNAMES = ["localhost", "127.0.0.1", "[::1]"];

/**
 * The DNS-rebinding defence the MCP specification asks of HTTP servers. A web page
 * whose domain is re-pointed at this server still sends its own name as `Host`, and
 * a page on another site sends its `Origin`, so:
 * - `Host` must name this app: the public origin's host (BETTER_AUTH_URL) or loopback;
 * - `Origin`, when present (browsers), must be this app's own origin. Non-browser MCP
 *   clients send no `Origin` and are let through to authentication.
 */
export function assertTrustedHostAndOrigin(request: Request, publicUrl: string | undefined): void {
  const host = request.headers.get("host");
  const hostname = host ? hostnameOf(host) : undefined;
  const allowedHostnames = [
    ...LOOPBACK_HOSTNAMES,
    ...(publicUrl ? [new URL(publicUrl).hostname] : []),
  ];
  if (!hostname || !allowedHostnames.includes(hostname)) {
    throw new ApiError("FORBIDDEN", "This server does not answer to that host name.");
  }
  const origin = request.headers.get("origin");
  if (origin === null) return;
  const ownOrigins = [
    `${new URL(request.url).protocol}//${host}`,
    ...(publicUrl ? [new URL(publicUrl).origin] : []),
  ];
  if (!ownOrigins.includes(origin)) {
    throw new ApiError("FORBIDDEN", "Requests from other web origins are not allowed.");
  }
}

function hostnameOf(host: string): string | undefined {
  try {
    return new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}
