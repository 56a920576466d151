import { z } from "zod";
import { readJsonBody } from "@/lib/http/request-body";
import { isStreamingRequest, parseChatKitRequest } from "./requests";
import { streamTurn } from "./respond";
import { answerRequest } from "./threads";

/**
 * One ChatKit protocol request from the authenticated user: streaming types answer
 * server-sent events, the others JSON. Errors before a stream starts (bad JSON, a
 * malformed request, someone else's thread) are thrown for the route to answer in
 * the contract's error shape.
 */
export async function handleChatKitRequest(request: Request, userId: string): Promise<Response> {
  const chatKitRequest = parseChatKitRequest(await readJsonBody(request, z.unknown()));
  if (isStreamingRequest(chatKitRequest)) {
    return streamTurn(userId, chatKitRequest, request);
  }
  return Response.json(await answerRequest(userId, chatKitRequest), {
    headers: { "cache-control": "no-store" },
  });
}
