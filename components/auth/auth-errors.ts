/** Better Auth's error codes, in words that tell the person what to do. */
const MESSAGES: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD: "Wrong email or password. Check both and try again.",
  INVALID_EMAIL: "Enter a valid email address.",
  INVALID_PASSWORD: "Wrong email or password. Check both and try again.",
  PASSWORD_TOO_SHORT: "Use a password of at least 8 characters.",
  PASSWORD_TOO_LONG: "Use a password of at most 128 characters.",
  USER_ALREADY_EXISTS: "An account with this email already exists. Sign in instead.",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL:
    "An account with this email already exists. Sign in instead.",
};

export async function authErrorMessage(response: Response): Promise<string> {
  if (response.status === 429) return "Too many attempts. Wait a minute and try again.";
  const body = (await response.json().catch(() => null)) as {
    code?: string;
    message?: string;
  } | null;
  const known = body?.code ? MESSAGES[body.code] : undefined;
  return known ?? body?.message ?? "Something went wrong. Please try again.";
}
