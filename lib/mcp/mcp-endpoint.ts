import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { env } from "@/lib/env";
import { ApiError, errorResponse, toApiError } from "@/lib/http/errors";
import { MAX_BODY_BYTES, withBodyLimit } from "@/lib/http/request-body";
import { asParty, credentialParty, userParty } from "@/db/party";
import { ensureDatabaseReady } from "@/db/ready";
import type { ToolContext } from "@/lib/tasks/task-tools";
import { authenticateApiKey } from "./api-key-auth";
import { takeMcpCalls } from "./batch-limit";
import { createMcpServer } from "./mcp-server";
import { assertTrustedHostAndOrigin } from "./request-origin";

/**
 * `POST /api/mcp`: Streamable HTTP, stateless. Each request gets its own server and
 * transport, answers in JSON (no SSE stream to keep open), and is closed afterwards,
 * so any instance can serve any request. Its database work is the key's user's party
 * (db/party.ts), as in every authenticated route.
 */
export function handleMcpPost(request: Request): Promise<Response> {
  return asParty(credentialParty(request), async () => {
    try {
      assertTrustedHostAndOrigin(request, env().BETTER_AUTH_URL);
      await ensureDatabaseReady();
      const { userId, keyId } = await authenticateApiKey(request);
      const buffered = await withBodyLimit(request, MAX_BODY_BYTES);
      const body = await parsedJson(buffered);
      return await asParty(userParty(userId), async () => {
        await takeMcpCalls(keyId, body);
        return await serveMcp(buffered, { userId });
      });
    } catch (error) {
      return errorResponse(toApiError(error));
    }
  });
}

/**
 * GET would open a server-to-client stream and DELETE would end a session; a stateless
 * server has neither, and the specification's answer is 405.
 */
export async function rejectMcpMethod(request: Request): Promise<Response> {
  try {
    assertTrustedHostAndOrigin(request, env().BETTER_AUTH_URL);
    throw new ApiError("METHOD_NOT_ALLOWED", "This MCP endpoint is stateless: send POST.");
  } catch (error) {
    const response = errorResponse(toApiError(error));
    if (response.status === 405) response.headers.set("allow", "POST");
    return response;
  }
}

async function serveMcp(request: Request, context: ToolContext): Promise<Response> {
  const server = createMcpServer(context);
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
    maxRequestBodySize: MAX_BODY_BYTES,
  });
  await server.connect(transport);
  try {
    return await transport.handleRequest(request);
  } finally {
    await server.close();
  }
}

/** The body as JSON, or undefined when it is not (the transport answers a parse error). */
async function parsedJson(request: Request): Promise<unknown> {
  try {
    return JSON.parse(await request.clone().text());
  } catch {
    return undefined;
  }
}
