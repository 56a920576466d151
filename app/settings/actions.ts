"use server";

import { revalidatePath } from "next/cache";
import { ApiKeyNameSchema, createApiKey, revokeApiKey } from "@/lib/auth/api-key-service";
import { isAPIError } from "better-auth/api";
import { auth } from "@/lib/auth/auth";
import { pageRequestHeaders } from "@/lib/auth/page-session";
import { toApiError } from "@/lib/http/errors";
import { ensureDatabaseReady } from "@/db/ready";

export type CreateApiKeyState =
  | { status: "idle" }
  | { status: "created"; name: string; key: string }
  | { status: "error"; message: string };

export type RevokeApiKeyState =
  { status: "idle" | "revoked" } | { status: "error"; message: string };

const SIGNED_OUT = "Your session has ended. Sign in again to manage API keys.";

export async function createApiKeyAction(
  _previous: CreateApiKeyState,
  form: FormData,
): Promise<CreateApiKeyState> {
  const parsed = ApiKeyNameSchema.safeParse(form.get("name") ?? "");
  if (!parsed.success) {
    return {
      status: "error",
      message: `Name ${parsed.error.issues[0]?.message ?? "is not valid"}.`,
    };
  }
  try {
    const requestHeaders = await sessionHeaders();
    if (!requestHeaders) return { status: "error", message: SIGNED_OUT };
    const { key, summary } = await createApiKey(requestHeaders, parsed.data);
    revalidatePath("/settings");
    return { status: "created", name: summary.name, key };
  } catch (error) {
    return { status: "error", message: refusalMessage(error) ?? toApiError(error).message };
  }
}

export async function revokeApiKeyAction(
  _previous: RevokeApiKeyState,
  form: FormData,
): Promise<RevokeApiKeyState> {
  const keyId = form.get("keyId");
  if (typeof keyId !== "string" || !keyId) {
    return { status: "error", message: "No key was chosen." };
  }
  try {
    const requestHeaders = await sessionHeaders();
    if (!requestHeaders) return { status: "error", message: SIGNED_OUT };
    await revokeApiKey(requestHeaders, keyId);
    revalidatePath("/settings");
    return { status: "revoked" };
  } catch (error) {
    if (isNotFound(error)) {
      revalidatePath("/settings");
      return { status: "revoked" };
    }
    return { status: "error", message: toApiError(error).message };
  }
}

/** The request's headers when they carry a session (server actions re-check it). */
async function sessionHeaders(): Promise<Headers | null> {
  await ensureDatabaseReady();
  const requestHeaders = await pageRequestHeaders();
  const session = await auth().api.getSession({ headers: requestHeaders });
  return session ? requestHeaders : null;
}

// Already revoked (e.g. in another tab): the outcome the person wanted.
function isNotFound(error: unknown): boolean {
  return (error as { status?: unknown } | null)?.status === "NOT_FOUND";
}

/** Better Auth's refusal of bad input (e.g. the key limit): its message is for people. */
function refusalMessage(error: unknown): string | undefined {
  if (!isAPIError(error) || error.statusCode >= 500) return undefined;
  return error.body?.message ?? error.message;
}
