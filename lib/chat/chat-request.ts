import { z } from "zod";
import { trimmedText } from "@/lib/validation/text";

export const MESSAGE_MAX = 8000;

/** The body of `POST /api/{user_id}/chat` (and the core of every chat request). */
export const ChatRequestSchema = z.strictObject({
  conversation_id: z.string().max(100).nullish(),
  message: trimmedText(1, MESSAGE_MAX),
  client_message_id: z.string().min(1).max(100).nullish(),
});
