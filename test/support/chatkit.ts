import { expect } from "vitest";
import { apiAs, signUp, type TestUser } from "./users";

/** One server-sent event's payload (a ChatKit ThreadStreamEvent). */
export type ChatKitEvent = { type: string } & Record<string, any>;

export interface ChatKitAnswer {
  status: number;
  contentType: string;
  /** The JSON body (non-streaming answers and errors). */
  json: any;
  /** The events, in order (streaming answers). */
  events: ChatKitEvent[];
  text: string;
}

/**
 * Parses a `text/event-stream` body strictly as the protocol frames it: every event is
 * exactly one `data: <json>` line followed by a blank line. Anything else throws.
 */
export function parseEventStream(text: string): ChatKitEvent[] {
  if (text === "") return [];
  if (!text.endsWith("\n\n")) throw new Error(`stream does not end with a blank line: ${text}`);
  return text
    .slice(0, -2)
    .split("\n\n")
    .map((block) => {
      if (!block.startsWith("data: ") || block.includes("\n")) {
        throw new Error(`not a single data line: ${JSON.stringify(block)}`);
      }
      return JSON.parse(block.slice("data: ".length)) as ChatKitEvent;
    });
}

/** A new user with both doors to one store: the ChatKit protocol and our own API. */
export async function signUpWithChatKit(baseUrl: string) {
  const user = await signUp(baseUrl);
  return { user, chatKit: chatKitAs(baseUrl, user), api: apiAs(baseUrl, user) };
}
export type ChatKitClient = Awaited<ReturnType<typeof signUpWithChatKit>>;

/** Opens a thread with a first message (answered 200); its id. */
export async function createThread(
  chatKit: ReturnType<typeof chatKitAs>,
  text: string,
): Promise<string> {
  const answer = await chatKit({ type: "threads.create", params: { input: userInput(text) } });
  expect(answer.status, answer.text).toBe(200);
  return answer.events[0]!.thread.id;
}

/** Posts ChatKit protocol requests to `/api/chatkit` as the user (bearer token). */
export function chatKitAs(baseUrl: string, user: Pick<TestUser, "token">) {
  return async (body: unknown, headers: Record<string, string> = {}): Promise<ChatKitAnswer> => {
    const response = await fetch(`${baseUrl}/api/chatkit`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${user.token}`,
        "content-type": "application/json",
        ...headers,
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.text();
    const contentType = response.headers.get("content-type") ?? "";
    const streaming = contentType.startsWith("text/event-stream");
    return {
      status: response.status,
      contentType,
      json: !streaming && text ? JSON.parse(text) : undefined,
      events: streaming ? parseEventStream(text) : [],
      text,
    };
  };
}

/** The thread items of a turn that called a tool: the message, the tool's widget, the answer. */
export const TOOL_TURN_ITEMS = ["user_message", "widget", "assistant_message"] as const;

/** A UserMessageInput as the component sends it. */
export function userInput(text: string) {
  return { content: [{ type: "input_text", text }], attachments: [], inference_options: {} };
}

/** The assistant text a stream told, from its deltas. */
export function streamedText(events: ChatKitEvent[]): string {
  return events
    .filter(
      (e) =>
        e.type === "thread.item.updated" &&
        e.update.type === "assistant_message.content_part.text_delta",
    )
    .map((e) => e.update.delta as string)
    .join("");
}

/** Event types in order, with runs of text deltas collapsed to one entry (their count varies). */
export function eventShape(events: ChatKitEvent[]): string[] {
  const shape: string[] = [];
  for (const e of events) {
    const name =
      e.type === "thread.item.updated"
        ? `updated:${e.update.type.replace("assistant_message.content_part.", "")}`
        : e.type === "thread.item.done" || e.type === "thread.item.added"
          ? `${e.type.replace("thread.item.", "")}:${e.item.type}`
          : e.type;
    if (name !== shape.at(-1) || name !== "updated:text_delta") shape.push(name);
  }
  return shape;
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
