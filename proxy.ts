import { NextResponse, type NextRequest } from "next/server";
import { storageUnavailablePage } from "@/lib/http/storage-unavailable-page";

// Better Auth's session cookie; the `__Secure-` prefix is used with secure cookies (https).
const SESSION_COOKIES = ["better-auth.session_token", "__Secure-better-auth.session_token"];
// Pages anyone may see; with a session cookie they read it from the database too.
const PUBLIC_PAGES = new Set(["/sign-in", "/sign-up"]);

/**
 * In front of the pages. A visitor without a session cookie goes to sign-in (only the
 * cookie's presence is checked here; the pages verify the session on the server;
 * signed-in visitors of /sign-in are sent on by that page itself, after verifying, so a
 * stale cookie cannot cause a redirect loop).
 *
 * A page with a session reads the database. When the database or its storage has failed
 * (down, folder gone, disk full or read-only) the visitor gets a clear "storage
 * unavailable" page with 503 instead of Next's 500 page: a rendered page cannot set its
 * status, so one trivial statement decides first (lib/server/database-probe.ts).
 */
export async function proxy(request: NextRequest) {
  const hasSessionCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSessionCookie) {
    if (PUBLIC_PAGES.has(request.nextUrl.pathname)) return NextResponse.next();
    return NextResponse.redirect(new URL("/sign-in", request.url));
  }
  // Loaded here, not at the top: Next loads the proxy on the first request whatever it
  // is (an API call, a redirect to sign-in), and the probe brings the database driver.
  const { databaseUnavailable } = await import("@/lib/server/database-probe");
  const unavailable = await databaseUnavailable();
  if (unavailable) return storageUnavailablePage(unavailable.message);
  return NextResponse.next();
}

export const config = {
  matcher: ["/", "/c/:path*", "/settings", "/chatkit", "/sign-in", "/sign-up"],
};
