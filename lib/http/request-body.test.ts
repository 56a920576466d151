import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CreateTaskSchema, UpdateTaskSchema } from "@/lib/tasks/task-fields";
import { ChatRequestSchema } from "@/lib/chat/chat-request";
import { ApiError } from "./errors";
import { MAX_BODY_BYTES, parseInput, queryParams, readJsonBody } from "./request-body";

function post(body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request("http://app.test/api/tasks", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error("expected the body to be refused");
}

describe("readJsonBody", () => {
  it("parses a valid body through the schema (titles are trimmed)", async () => {
    const body = await readJsonBody(
      post(JSON.stringify({ title: "  Buy milk " })),
      CreateTaskSchema,
    );
    expect(body).toEqual({ title: "Buy milk" });
  });

  it("accepts JSON media types with parameters and +json suffixes, and no content-type", async () => {
    const json = JSON.stringify({ title: "x" });
    for (const type of ["application/json; charset=utf-8", "application/vnd.api+json"]) {
      await expect(
        readJsonBody(post(json, { "content-type": type }), CreateTaskSchema),
      ).resolves.toEqual({
        title: "x",
      });
    }
    const untyped = new Request("http://app.test/", { method: "POST", body: json });
    untyped.headers.delete("content-type");
    await expect(readJsonBody(untyped, CreateTaskSchema)).resolves.toEqual({ title: "x" });
  });

  it("refuses another media type with 415", async () => {
    const error = await failure(
      readJsonBody(
        post("title=x", { "content-type": "application/x-www-form-urlencoded" }),
        CreateTaskSchema,
      ),
    );
    expect([error.code, error.status]).toEqual(["UNSUPPORTED_MEDIA_TYPE", 415]);
  });

  it.each(["", "{", "not json", "{'title': 'x'}"])(
    "refuses malformed JSON %j with 400 INVALID_JSON",
    async (text) => {
      const error = await failure(readJsonBody(post(text), CreateTaskSchema));
      expect([error.code, error.status]).toEqual(["INVALID_JSON", 400]);
    },
  );

  it("refuses bytes that are not UTF-8", async () => {
    const error = await failure(
      readJsonBody(post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), CreateTaskSchema),
    );
    expect(error.code).toBe("INVALID_JSON");
  });

  it.each([["[]"], ["null"], ["42"], ['"title"']])(
    "refuses a body that is not an object: %s",
    async (text) => {
      const error = await failure(readJsonBody(post(text), CreateTaskSchema));
      expect(error.code).toBe("VALIDATION_ERROR");
      expect(error.message).toBe("The request body must be a JSON object.");
    },
  );

  it("names the field that is wrong", async () => {
    const error = await failure(
      readJsonBody(post(JSON.stringify({ title: "" })), CreateTaskSchema),
    );
    expect([error.code, error.status, error.details.field]).toEqual([
      "VALIDATION_ERROR",
      400,
      "title",
    ]);
    expect(error.message).toBe("title: must not be empty");
  });

  it("refuses unknown fields such as a smuggled user_id", async () => {
    const error = await failure(
      readJsonBody(post(JSON.stringify({ title: "x", user_id: "someone" })), CreateTaskSchema),
    );
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.message).toBe("Unknown field: user_id.");
  });

  it("refuses a body over the limit by its declared length, before reading it", async () => {
    const request = post("{}", { "content-length": String(MAX_BODY_BYTES + 1) });
    const error = await failure(readJsonBody(request, z.object({})));
    expect([error.code, error.status]).toEqual(["PAYLOAD_TOO_LARGE", 413]);
  });

  it("refuses a body over the limit while reading it, whatever its declared length", async () => {
    const big = JSON.stringify({ title: "x".repeat(MAX_BODY_BYTES) });
    const error = await failure(readJsonBody(post(big), CreateTaskSchema));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("has room for the longest valid chat message, even \\u-escaped", async () => {
    const message = "😀".repeat(4000); // 8000 UTF-16 units, the limit
    const escaped = JSON.stringify({ message }).replace(
      /[\u{10000}-\u{10FFFF}]/gu,
      (c) => `\\u${c.charCodeAt(0).toString(16)}\\u${c.charCodeAt(1).toString(16)}`,
    );
    const body = await readJsonBody(post(escaped), ChatRequestSchema);
    expect(body.message).toBe(message);
  });
});

describe("parseInput", () => {
  it("requires at least one change in a task PATCH", () => {
    expect(() => parseInput(UpdateTaskSchema, {})).toThrow(
      /at least one of title, description, .*completed/,
    );
  });

  it("rejects wrong types with the field named", () => {
    try {
      parseInput(UpdateTaskSchema, { completed: "yes" });
      expect.unreachable();
    } catch (error) {
      expect((error as ApiError).details.field).toBe("completed");
    }
  });

  it("bounds chat messages: 1-8000 characters after trimming", () => {
    expect(() => parseInput(ChatRequestSchema, { message: "   " })).toThrow(
      /message: must not be empty/,
    );
    expect(() => parseInput(ChatRequestSchema, { message: "x".repeat(8001) })).toThrow(
      /at most 8000/,
    );
    expect(
      parseInput(ChatRequestSchema, { message: ` ${"x".repeat(8000)} ` }).message,
    ).toHaveLength(8000);
    expect(() =>
      parseInput(ChatRequestSchema, { message: "hi", client_message_id: "x".repeat(101) }),
    ).toThrow(/client_message_id/);
  });
});

describe("queryParams", () => {
  it("reads the query string as a plain object", () => {
    expect(queryParams(new Request("http://app.test/api/tasks?status=pending&limit=5"))).toEqual({
      status: "pending",
      limit: "5",
    });
  });
});
