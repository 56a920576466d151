import { isIP } from "node:net";
import { env } from "@/lib/env";
import { peerAddress } from "@/lib/server/peer-address";

/**
 * The header Better Auth reads the client's address from (its
 * `advanced.ipAddress.ipAddressHeaders`). lib/auth/auth-endpoint.ts sets it on every
 * request from `clientAddress` and drops whatever the client sent, so Better Auth's
 * per-address limits key on an address the client cannot choose.
 */
export const CLIENT_ADDRESS_HEADER = "x-taskchat-client-address";

/**
 * The address a request came from, for per-client limits. Forwarding headers are
 * chosen by whoever sends the request, so they count only behind a proxy that the
 * operator vouches for (TRUST_PROXY=1):
 * - on Vercel (VERCEL=1), `x-vercel-forwarded-for`, which Vercel sets and clients cannot;
 * - otherwise the last `x-forwarded-for` entry: the one the proxy in front of us added
 *   (earlier entries are the client's to choose). Vercel's own `x-forwarded-for` is a
 *   single address it sets, so this reads right there too.
 * Without TRUST_PROXY the TCP peer's address is used (see lib/server/peer-address.ts).
 */
export function clientAddress(headers: Headers): string | undefined {
  const config = env();
  if (config.TRUST_PROXY !== "1") return validAddress(peerAddress(headers));
  if (config.VERCEL === "1") {
    const vercel = validAddress(headers.get("x-vercel-forwarded-for")?.split(",")[0]);
    if (vercel) return vercel;
  }
  // No header: a direct connection after all (a health check, a local client).
  return (
    validAddress(headers.get("x-forwarded-for")?.split(",").at(-1)) ??
    validAddress(peerAddress(headers))
  );
}

function validAddress(value: string | undefined | null): string | undefined {
  const address = value?.trim();
  return address && isIP(address) ? address : undefined;
}
