import { ApiError } from "./errors";

/**
 * Origins allowed to make state-changing requests with the browser's cookie: the
 * configured public URL, and the origin the request itself was addressed to
 * (same-origin), so that http://localhost:3000 and http://127.0.0.1:3000 both work
 * in development. Better Auth uses the same list for its own endpoints.
 */
export function trustedOrigins(baseUrl: string | undefined, request?: Request): string[] {
  const origins: string[] = [];
  if (baseUrl) origins.push(new URL(baseUrl).origin);
  const host = request?.headers.get("host");
  if (host && request) origins.push(`${new URL(request.url).protocol}//${host}`);
  return origins;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence for our API routes. A browser attaches the session cookie to a
 * request another site makes, but it also says where the request came from (`Origin`,
 * `Sec-Fetch-Site`), and a page cannot forge those. So a state-changing request that
 * authenticated by cookie must come from a trusted origin. Only a request that
 * authenticated by bearer token is exempt (a foreign page cannot know the token); the
 * mere presence of an `Authorization` header proves nothing. Clients that send neither
 * browser header are scripts, not browsers, and pass.
 */
export function assertTrustedOrigin(
  request: Request,
  baseUrl: string | undefined,
  authenticatedBy: "bearer" | "cookie",
): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (authenticatedBy === "bearer") return;
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw crossSite();
  const origin = request.headers.get("origin");
  if (origin === null) return;
  if (!trustedOrigins(baseUrl, request).includes(origin)) throw crossSite();
}

const crossSite = () =>
  new ApiError(
    "CROSS_SITE_REQUEST",
    "This request came from another site and was refused. Use the app itself, or send a bearer token.",
  );

/**
 * The app's public origin for absolute links we hand out (a calendar URL): the
 * configured one, else the origin the request was addressed to.
 */
export function publicOrigin(baseUrl: string | undefined, request: Request): string {
  if (baseUrl) return new URL(baseUrl).origin;
  const url = new URL(request.url);
  const host = request.headers.get("host");
  return host ? `${url.protocol}//${host}` : url.origin;
}
