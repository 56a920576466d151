import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/http/errors";
import { isStreamingRequest, parseChatKitRequest } from "./requests";

const input = {
  content: [{ type: "input_text", text: "hi" }],
  attachments: [],
  inference_options: {},
};

function fieldOf(body: unknown): string | undefined {
  try {
    parseChatKitRequest(body);
  } catch (error) {
    if (error instanceof ApiError) return error.details.field;
    throw error;
  }
  throw new Error("parsed");
}

describe("parseChatKitRequest", () => {
  it("reads the protocol's envelope, with defaults as the Python SDK has them", () => {
    const request = parseChatKitRequest({ type: "items.list", params: { thread_id: "t" } });
    expect(request).toEqual({
      type: "items.list",
      params: { thread_id: "t", order: "desc" },
      metadata: {},
    });
    expect(isStreamingRequest(request)).toBe(false);
    expect(
      isStreamingRequest(parseChatKitRequest({ type: "threads.create", params: { input } })),
    ).toBe(true);
  });

  it("ignores fields it does not know, as the SDK's models do", () => {
    const request = parseChatKitRequest({
      type: "threads.get_by_id",
      params: { thread_id: "t", future: 1 },
      extra: true,
    });
    expect(request.params).toEqual({ thread_id: "t" });
  });

  it("names the field of a malformed request", () => {
    expect(fieldOf({ type: "threads.create", params: { input: { ...input, content: "x" } } })).toBe(
      "params.input.content",
    );
    expect(fieldOf({ type: "threads.create", params: { input: { content: [] } } })).toBe(
      "params.input.attachments",
    );
    expect(fieldOf({ type: "threads.update", params: { thread_id: "t", title: "" } })).toBe(
      "params.title",
    );
    expect(fieldOf({ type: "nope", params: {} })).toBe("type");
    expect(fieldOf({ type: "attachments.delete", params: { attachment_id: "a" } })).toBe("type");
  });
});
