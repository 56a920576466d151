import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { TestUser } from "./users";

export interface CreatedApiKey {
  id: string;
  key: string;
  start: string | null;
}

/** A POST to one of the auth plugin's API-key endpoints, as the settings page's user. */
async function apiKeyCall(
  baseUrl: string,
  user: Pick<TestUser, "token">,
  action: "create" | "delete",
  body: Record<string, string>,
): Promise<Response> {
  const response = await fetch(`${baseUrl}/api/auth/api-key/${action}`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${user.token}`,
      "content-type": "application/json",
      origin: baseUrl,
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`api-key/${action}: ${response.status} ${await response.text()}`);
  }
  return response;
}

/** Creates a personal API key through the real auth endpoint, as the settings page's user. */
export async function createApiKey(
  baseUrl: string,
  user: Pick<TestUser, "token">,
  name = "test key",
): Promise<CreatedApiKey> {
  const response = await apiKeyCall(baseUrl, user, "create", { name });
  return (await response.json()) as CreatedApiKey;
}

export async function revokeApiKey(
  baseUrl: string,
  user: Pick<TestUser, "token">,
  keyId: string,
): Promise<void> {
  await apiKeyCall(baseUrl, user, "delete", { keyId });
}

/** The SDK's own client over Streamable HTTP, authenticated with an API key. */
export async function connectMcp(baseUrl: string, key: string | undefined): Promise<Client> {
  const client = new Client({ name: "taskchat-tests", version: "1.0.0" });
  const transport = new StreamableHTTPClientTransport(new URL("/api/mcp", baseUrl), {
    requestInit: { headers: key === undefined ? {} : { authorization: `Bearer ${key}` } },
  });
  await client.connect(transport);
  return client;
}

/** A raw JSON-RPC POST to /api/mcp, for checks below the SDK (status codes, headers). */
export async function postMcp(
  baseUrl: string,
  headers: Record<string, string>,
  body: unknown = { jsonrpc: "2.0", id: 1, method: "tools/list", params: {} },
): Promise<Response> {
  return fetch(`${baseUrl}/api/mcp`, {
    method: "POST",
    headers: {
      accept: "application/json, text/event-stream",
      "content-type": "application/json",
      "mcp-protocol-version": "2025-06-18",
      ...headers,
    },
    body: JSON.stringify(body),
  });
}
