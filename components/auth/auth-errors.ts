import { pageTranslator } from "@/components/i18n/page-text";

type AuthErrorKey =
  "wrongCredentials" | "invalidEmail" | "passwordTooShort" | "passwordTooLong" | "userExists";

/** Better Auth's error codes, in words that tell the person what to do (auth.errors.*). */
const MESSAGES: Record<string, AuthErrorKey> = {
  INVALID_EMAIL_OR_PASSWORD: "wrongCredentials",
  INVALID_EMAIL: "invalidEmail",
  INVALID_PASSWORD: "wrongCredentials",
  PASSWORD_TOO_SHORT: "passwordTooShort",
  PASSWORD_TOO_LONG: "passwordTooLong",
  USER_ALREADY_EXISTS: "userExists",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "userExists",
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
  const t = pageTranslator();
  if (body?.code === "TOO_MANY_FAILED_SIGN_INS" && body.message) return body.message;
  if (response.status === 429) return t("auth.errors.tooMany", { wait: waitHint(response, t) });
  const known = body?.code ? MESSAGES[body.code] : undefined;
  if (known) return t(`auth.errors.${known}`);
  return body?.message ?? body?.error?.message ?? t("auth.errors.generic");
}

function waitHint(response: Response, t: ReturnType<typeof pageTranslator>): string {
  const seconds = Number(response.headers.get("retry-after"));
  if (!Number.isFinite(seconds) || seconds <= 0) return t("auth.errors.waitMinute");
  if (seconds < 60) return t("auth.errors.waitSeconds", { count: Math.ceil(seconds) });
  return t("auth.errors.waitMinutes", { count: Math.ceil(seconds / 60) });
}
