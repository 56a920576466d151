import type { z } from "zod";
import { ApiError } from "./errors";

/**
 * Bodies are small JSON objects; anything bigger is refused before parsing. Room for
 * the largest valid one: an 8000-character message of \u-escaped emoji is ~100 KB.
 */
export const MAX_BODY_BYTES = 256 * 1024;

/** Reads a JSON body, enforcing size and shape; every failure is a 4xx in the contract's shape. */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes = MAX_BODY_BYTES,
): Promise<z.infer<S>> {
  const type = request.headers.get("content-type") ?? "";
  if (type && !/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiError("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json.");
  }
  const text = await readLimitedText(request, maxBytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError("INVALID_JSON", "The request body is not valid JSON.");
  }
  return parseInput(schema, json);
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join(".") || undefined;
  const message = issue ? describeIssue(issue, field) : "The request is not valid.";
  throw new ApiError("VALIDATION_ERROR", message, { field });
}

function describeIssue(issue: z.core.$ZodIssue, field: string | undefined): string {
  if (issue.code === "unrecognized_keys") return `Unknown field: ${issue.keys.join(", ")}.`;
  if (issue.code === "invalid_type" && issue.path.length === 0) {
    return "The request body must be a JSON object.";
  }
  return field ? `${field}: ${issue.message}` : issue.message;
}

/**
 * The request with its body read in full, refused with 413 past `maxBytes`: for
 * handlers we do not own (Better Auth), which would read any size.
 */
export async function withBodyLimit(request: Request, maxBytes: number): Promise<Request> {
  if (!request.body) return request;
  const body = await readLimitedBytes(request, maxBytes);
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: new Uint8Array(body),
    signal: request.signal,
  });
}

async function readLimitedText(request: Request, maxBytes: number): Promise<string> {
  const bytes = await readLimitedBytes(request, maxBytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError("INVALID_JSON", "The request body is not valid UTF-8.");
  }
}

async function readLimitedBytes(request: Request, maxBytes: number): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number) {
  return new ApiError(
    "PAYLOAD_TOO_LARGE",
    `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`,
  );
}

/** A URL's query string as a plain object, for schema parsing. */
export function queryParams(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
