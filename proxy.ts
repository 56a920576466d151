import { NextResponse, type NextRequest } from "next/server";

// Better Auth's session cookie; the `__Secure-` prefix is used with secure cookies (https).
const SESSION_COOKIES = ["better-auth.session_token", "__Secure-better-auth.session_token"];

/**
 * A cheap first gate for the chat pages: a visitor without a session cookie goes to
 * sign-in. Only the cookie's presence is checked here; the pages verify the session
 * on the server. (Signed-in visitors of /sign-in are sent on by that page itself,
 * after verifying, so a stale cookie cannot cause a redirect loop.)
 */
export function proxy(request: NextRequest) {
  const hasSessionCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSessionCookie) return NextResponse.next();
  return NextResponse.redirect(new URL("/sign-in", request.url));
}

export const config = {
  matcher: ["/", "/c/:path*", "/settings", "/chatkit"],
};
