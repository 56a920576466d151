import { authErrorMessage } from "./auth-errors";

/**
 * Ends the session (or, with `everywhere`, every session of the account) and returns
 * nothing; or returns why it could not, so the caller can say so instead of sending a
 * still-signed-in person to the sign-in page.
 */
export async function signOut({ everywhere = false } = {}): Promise<string | undefined> {
  try {
    if (everywhere) {
      // Ends the other sessions first: this one is needed to ask.
      const others = await postAuth("/api/auth/revoke-other-sessions");
      if (!others.ok) return await authErrorMessage(others);
    }
    const response = await postAuth("/api/auth/sign-out");
    if (!response.ok) return await authErrorMessage(response);
    return undefined;
  } catch {
    return "Can't reach the server. Check your connection and try again.";
  }
}

function postAuth(path: string): Promise<Response> {
  return fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
}
