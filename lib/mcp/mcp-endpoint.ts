import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { env } from "@/lib/env";
import { ApiError, errorResponse, toApiError } from "@/lib/http/errors";
import { MAX_BODY_BYTES } from "@/lib/http/request-body";
import { ensureDatabaseReady } from "@/db/ready";
import type { ToolContext } from "@/lib/tasks/task-tools";
import { authenticateApiKey } from "./api-key-auth";
import { createMcpServer } from "./mcp-server";
import { assertTrustedHostAndOrigin } from "./request-origin";

/**
 * `POST /api/mcp`: Streamable HTTP, stateless. Each request gets its own server and
 * transport, answers in JSON (no SSE stream to keep open), and is closed afterwards,
 * so any instance can serve any request.
 */
export async function handleMcpPost(request: Request): Promise<Response> {
  try {
    assertTrustedHostAndOrigin(request, env().BETTER_AUTH_URL);
    await ensureDatabaseReady();
    const userId = await authenticateApiKey(request);
    return await serveMcp(request, { userId });
  } catch (error) {
    return errorResponse(toApiError(error));
  }
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
