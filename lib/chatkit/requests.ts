import { z } from "zod";
import { ApiError } from "@/lib/http/errors";
import { parseInput } from "@/lib/http/request-body";
import { trimmedText } from "@/lib/validation/text";

/**
 * The ChatKit requests this server answers, as zod schemas of the Python SDK's request
 * types (`chatkit/types.py`). Like the SDK's models, objects ignore fields they do not
 * know, so a newer component keeps working; a missing or mistyped field is a 400.
 */

const id = z.string().min(1).max(200);

const UserMessageContentSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("input_text"), text: z.string().max(100_000) }),
  z.object({
    type: z.literal("input_tag"),
    id: z.string(),
    text: z.string().max(1000),
    data: z.record(z.string(), z.unknown()),
    group: z.string().nullish(),
    interactive: z.boolean().optional(),
  }),
]);

export const UserMessageInputSchema = z.object({
  content: z.array(UserMessageContentSchema).max(100),
  attachments: z.array(z.string()).max(0, "attachments are not supported by this server"),
  quoted_text: z.string().max(100_000).nullish(),
  inference_options: z.object({
    tool_choice: z.object({ id: z.string() }).nullish(),
    model: z.string().nullish(),
  }),
});
export type UserMessageInput = z.infer<typeof UserMessageInputSchema>;

const limit = z.number().int().min(1).nullish();
const order = z.enum(["asc", "desc"]).default("desc");
const after = z.string().max(500).nullish();

const request = <T extends string, P extends z.ZodType>(type: T, params: P) =>
  z.object({
    type: z.literal(type),
    params,
    metadata: z.record(z.string(), z.unknown()).default({}),
  });

export const ThreadsCreateReq = request(
  "threads.create",
  z.object({ input: UserMessageInputSchema }),
);
export const ThreadsAddUserMessageReq = request(
  "threads.add_user_message",
  z.object({ thread_id: id, input: UserMessageInputSchema }),
);
export const ThreadsRetryAfterItemReq = request(
  "threads.retry_after_item",
  z.object({ thread_id: id, item_id: id }),
);
export const ThreadsGetByIdReq = request("threads.get_by_id", z.object({ thread_id: id }));
export const ThreadsListReq = request("threads.list", z.object({ limit, order, after }));
export const ItemsListReq = request("items.list", z.object({ thread_id: id, limit, order, after }));
export const ThreadsUpdateReq = request(
  "threads.update",
  z.object({ thread_id: id, title: trimmedText(1, 200) }),
);
export const ThreadsDeleteReq = request("threads.delete", z.object({ thread_id: id }));
export const ItemsFeedbackReq = request(
  "items.feedback",
  z.object({
    thread_id: id,
    item_ids: z.array(id).min(1).max(100),
    kind: z.enum(["positive", "negative"]),
  }),
);

const ChatKitRequestSchema = z.discriminatedUnion("type", [
  ThreadsCreateReq,
  ThreadsAddUserMessageReq,
  ThreadsRetryAfterItemReq,
  ThreadsGetByIdReq,
  ThreadsListReq,
  ItemsListReq,
  ThreadsUpdateReq,
  ThreadsDeleteReq,
  ItemsFeedbackReq,
]);
export type ChatKitRequest = z.infer<typeof ChatKitRequestSchema>;

export type StreamingRequest = Extract<
  ChatKitRequest,
  { type: "threads.create" | "threads.add_user_message" | "threads.retry_after_item" }
>;
export type NonStreamingRequest = Exclude<ChatKitRequest, StreamingRequest>;

export function isStreamingRequest(request: ChatKitRequest): request is StreamingRequest {
  return (
    request.type === "threads.create" ||
    request.type === "threads.add_user_message" ||
    request.type === "threads.retry_after_item"
  );
}

/**
 * Protocol request types this server knows but does not serve: no client tools, no
 * widget actions, no attachments, no dictation (see docs/decisions/006-chatkit-adapter.md).
 */
const UNSUPPORTED_TYPES = new Set([
  "threads.add_client_tool_output",
  "threads.add_structured_input",
  "threads.custom_action",
  "threads.sync_custom_action",
  "attachments.create",
  "attachments.delete",
  "input.transcribe",
]);

/** Parses a request body; anything malformed is a 400 naming the field. */
export function parseChatKitRequest(body: unknown): ChatKitRequest {
  const type = (body as { type?: unknown } | null)?.type;
  if (typeof type === "string" && UNSUPPORTED_TYPES.has(type)) {
    throw new ApiError("VALIDATION_ERROR", `type: "${type}" is not supported by this server.`, {
      field: "type",
    });
  }
  return parseInput(ChatKitRequestSchema, body);
}
