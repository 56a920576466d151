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

/**
 * What went wrong, for the person. Our own refusals (weak password, bad name, too many
 * failed sign-ins) carry a message written for people, so it is shown as it is.
 */
export async function authErrorMessage(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as {
    code?: string;
    message?: string;
    error?: { message?: string };
  } | null;
  if (body?.code === "TOO_MANY_FAILED_SIGN_INS" && body.message) return body.message;
  if (response.status === 429) return `Too many attempts. ${waitHint(response)}`;
  const known = body?.code ? MESSAGES[body.code] : undefined;
  return (
    known ?? body?.message ?? body?.error?.message ?? "Something went wrong. Please try again."
  );
}

function waitHint(response: Response): string {
  const seconds = Number(response.headers.get("retry-after"));
  if (!Number.isFinite(seconds) || seconds <= 0) return "Wait a minute and try again.";
  if (seconds < 60) return `Try again in ${Math.ceil(seconds)} seconds.`;
  const minutes = Math.ceil(seconds / 60);
  return `Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
