import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { hasControlCharacters, nameProblem } from "./account-limits";
import { API_KEYS_PER_USER_MAX } from "./api-key-limits";
import { weakPasswordProblem } from "./password-strength";

type Body = Record<string, unknown> | undefined;
const text = (value: unknown) => (typeof value === "string" ? value : undefined);

const refuse = (code: string, message: string) => new APIError("BAD_REQUEST", { code, message });

/**
 * Our rules on what Better Auth's endpoints accept, checked before each endpoint runs
 * (its `hooks.before`), so every way in (the forms, scripts, server actions) obeys them.
 */
export const accountRules = createAuthMiddleware(async (ctx) => {
  const body = ctx.body as Body;
  switch (ctx.path) {
    case "/sign-up/email":
      assertName(body?.name);
      await assertStrongPassword(body?.password, [text(body?.email), text(body?.name)]);
      return;
    case "/change-password": {
      const session = await getSessionFromCtx(ctx);
      await assertStrongPassword(body?.newPassword, [session?.user.email, session?.user.name]);
      // A new password ends every other session, whatever the client asked: the reason
      // to change it is often that someone else knows the old one.
      return { context: { body: { ...body, revokeOtherSessions: true } } };
    }
    case "/update-user":
      if (body?.name !== undefined) assertName(body.name);
      return;
    case "/api-key/create":
      assertApiKeyAllowed(body);
      return;
  }
});

function assertName(name: unknown): void {
  if (typeof name !== "string") return; // Better Auth's own schema answers for the type.
  const problem = nameProblem(name);
  if (problem) throw refuse("INVALID_NAME", problem);
}

async function assertStrongPassword(
  password: unknown,
  related: (string | undefined)[],
): Promise<void> {
  if (typeof password !== "string") return;
  const problem = await weakPasswordProblem(
    password,
    related.filter((value): value is string => !!value),
  );
  if (problem) throw refuse("PASSWORD_TOO_WEAK", problem);
}

function assertApiKeyAllowed(body: Body): void {
  // Every key starts with our prefix: clients that scan for leaked keys know it, and
  // a key that looks like another service's secret would mislead them.
  if (body?.prefix !== undefined) {
    throw refuse("API_KEY_PREFIX_NOT_ALLOWED", "API keys always start with the app's own prefix.");
  }
  const name = text(body?.name);
  if (name !== undefined && hasControlCharacters(name)) {
    throw refuse("INVALID_NAME", "A key name cannot contain control characters.");
  }
}

/**
 * Checked after Better Auth's own hooks, once the endpoint has run: a `before` hook
 * sees the request before the bearer plugin turns a token into a session, and
 * counting after the insert also holds when two creations race. A key past the limit
 * is deleted again and the request refused.
 */
export const accountRulesAfter = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== "/api-key/create") return;
  const created = ctx.context.returned as { id?: unknown; referenceId?: unknown } | undefined;
  if (typeof created?.id !== "string" || typeof created.referenceId !== "string") return;
  const held = await ctx.context.adapter.count({
    model: "apikey",
    where: [{ field: "referenceId", value: created.referenceId }],
  });
  if (held <= API_KEYS_PER_USER_MAX) return;
  await ctx.context.adapter.delete({
    model: "apikey",
    where: [{ field: "id", value: created.id }],
  });
  throw new APIError("CONFLICT", {
    code: "API_KEY_LIMIT_REACHED",
    message: `You have ${API_KEYS_PER_USER_MAX} API keys, the most allowed. Revoke one you no longer use first.`,
  });
});
