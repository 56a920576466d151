import { pageText } from "@/components/i18n/page-text";

/** An HTTP API call's failure, carrying the contract's error message for the person. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

/** Calls the app's JSON API with the session cookie; contract errors become ApiRequestError. */
export async function fetchJson<T>(url: string, init: RequestInit & { json?: unknown } = {}) {
  const { json, ...rest } = init;
  let response: Response;
  try {
    response = await fetch(url, {
      ...rest,
      headers: json === undefined ? rest.headers : { "content-type": "application/json" },
      body: json === undefined ? rest.body : JSON.stringify(json),
    });
  } catch {
    throw new ApiRequestError(0, pageText("unreachable"));
  }
  if (response.status === 401) {
    // The session ended (signed out elsewhere, expired): back to sign-in.
    // A full page load on purpose: every server component must see the changed session.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/sign-in");
  }
  if (!response.ok) throw new ApiRequestError(response.status, await errorMessage(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** The `message` of a contract error body, or a plain sentence. */
export async function errorMessage(response: Response): Promise<string> {
  const text = await response.text().catch(() => "");
  return errorMessageFromText(text) ?? pageText("requestFailed", { status: response.status });
}

export function errorMessageFromText(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { error?: { message?: string } };
    return body.error?.message;
  } catch {
    return undefined;
  }
}
