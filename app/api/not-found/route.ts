import { ApiError, errorResponse } from "@/lib/http/errors";

/**
 * Where every `/api/*` path that no route serves ends up (a fallback rewrite in
 * next.config.ts), so API clients get the contract's JSON error instead of the HTML
 * not-found page.
 */
function unknownRoute(): Response {
  return errorResponse(new ApiError("NOT_FOUND", "No API endpoint at this path."));
}

export {
  unknownRoute as GET,
  unknownRoute as POST,
  unknownRoute as PUT,
  unknownRoute as PATCH,
  unknownRoute as DELETE,
  unknownRoute as HEAD,
  unknownRoute as OPTIONS,
};
