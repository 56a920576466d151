import crypto from "node:crypto";

export interface TestUser {
  id: string;
  email: string;
  password: string;
  /** For `Authorization: Bearer <token>`. */
  token: string;
  /** The browser's session cookie, as a `Cookie` header value. */
  cookie: string;
}

/** Signs up a new user through the real auth endpoint. */
export async function signUp(baseUrl: string, name = "Test User"): Promise<TestUser> {
  const email = `user-${crypto.randomBytes(6).toString("hex")}@example.com`;
  const password = "correct horse battery staple";
  const response = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ name, email, password }),
  });
  if (!response.ok) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { user: { id: string } };
  const token = response.headers.get("set-auth-token");
  if (!token) throw new Error("sign-up returned no set-auth-token header");
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { id: body.user.id, email, password, token, cookie };
}

/** fetch with the user's bearer token and JSON body handling. */
export function apiAs(baseUrl: string, user: Pick<TestUser, "token">) {
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${user.token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let json: unknown = undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, json: json as any, text };
  };
}
