import http from "node:http";
import type { AddressInfo } from "node:net";
import { perSuite } from "./suite";

/**
 * A local stand-in for OpenAI's Chat Completions API (`POST /v1/chat/completions`),
 * speaking its wire format: JSON answers, and `stream: true` server-sent events with
 * `delta.content` and `delta.tool_calls` chunks. Each test scripts the answers (text,
 * tool calls, an HTTP failure, or a hang until the client gives up); every request is
 * recorded so tests can check what the app sent. The one fake for every test that
 * stands in for OpenAI.
 */
export interface FakeToolCall {
  name: string;
  arguments: Record<string, unknown>;
}

export type FakeReply =
  | { text: string; toolCalls?: never }
  | { toolCalls: FakeToolCall[]; text?: string }
  /** An HTTP failure with OpenAI's error body; `message` defaults to "fake failure". */
  | { status: number; message?: string; headers?: Record<string, string> }
  /** Never answers (until the server stops): a model that takes too long. */
  | { hang: true };

export interface ChatRequest {
  headers: http.IncomingHttpHeaders;
  body: {
    model: string;
    stream?: boolean;
    messages: { role: string; content?: unknown; tool_calls?: unknown[]; tool_call_id?: string }[];
    tools?: { type: string; function: { name: string; description?: string; parameters: any } }[];
    [key: string]: unknown;
  };
}

export interface FakeOpenAI {
  /** Base URL for OPENAI_BASE_URL, ending in /v1. */
  url: string;
  requests: ChatRequest[];
  /** How to answer each request (`index` counts from 0); defaults to a plain "OK". */
  respond: (request: ChatRequest, index: number) => FakeReply | Promise<FakeReply>;
  stop: () => Promise<void>;
}

/**
 * The suite's fake, started in `beforeAll` and stopped in `afterAll`; its fields are read
 * (and `respond` set) inside tests and later hooks. Call it before `suiteApp`, whose `env`
 * (a function) can then name `fake.url`, so that the app stops before the fake does
 * (app-server.ts's `suiteAppOnFakeOpenAI` does both).
 */
export function suiteFakeOpenAI(): FakeOpenAI {
  const running = perSuite("The fake model", startFakeOpenAI, (fake) => fake.stop());
  return {
    get url() {
      return running().url;
    },
    get requests() {
      return running().requests;
    },
    get respond() {
      return running().respond;
    },
    set respond(respond) {
      running().respond = respond;
    },
    stop: () => running().stop(),
  };
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const hanging = new Set<http.ServerResponse>();
  const fake: FakeOpenAI = {
    url: "",
    requests: [],
    respond: () => ({ text: "OK" }),
    stop: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = http.createServer(async (req, res) => {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
      return sendJson(res, 404, { error: { message: "Not found", type: "invalid_request_error" } });
    }
    const request: ChatRequest = { headers: req.headers, body: JSON.parse(raw) };
    fake.requests.push(request);
    const reply = await fake.respond(request, fake.requests.length - 1);
    if ("hang" in reply) {
      hanging.add(res);
      res.on("close", () => hanging.delete(res));
      return;
    }
    if ("status" in reply) {
      const message = reply.message ?? "fake failure";
      const error = {
        message,
        type: reply.status >= 500 ? "server_error" : "api_error",
        code: null,
      };
      return sendJson(res, reply.status, { error }, reply.headers);
    }
    if (request.body.stream) return streamReply(res, request, reply);
    return sendJson(res, 200, completion(request, reply));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return fake;
}

function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

let counter = 0;
const callId = () => `call_fake_${++counter}`;
const usage = { prompt_tokens: 50, completion_tokens: 10, total_tokens: 60 };

function completion(request: ChatRequest, reply: Extract<FakeReply, { text?: string }>) {
  const toolCalls = (reply.toolCalls ?? []).map((call) => ({
    id: callId(),
    type: "function",
    function: { name: call.name, arguments: JSON.stringify(call.arguments) },
  }));
  return {
    id: `chatcmpl-${++counter}`,
    object: "chat.completion",
    created: 1_700_000_000,
    model: request.body.model,
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: reply.text ?? null,
          ...(toolCalls.length && { tool_calls: toolCalls }),
        },
        finish_reason: toolCalls.length ? "tool_calls" : "stop",
      },
    ],
    usage,
  };
}

/** The answer as OpenAI streams it: a role chunk, content or tool-call pieces, a finish chunk, [DONE]. */
function streamReply(
  res: http.ServerResponse,
  request: ChatRequest,
  reply: Extract<FakeReply, { text?: string }>,
) {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  const id = `chatcmpl-${++counter}`;
  const chunk = (delta: unknown, finish: string | null = null) => ({
    id,
    object: "chat.completion.chunk",
    created: 1_700_000_000,
    model: request.body.model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  });
  const events: unknown[] = [chunk({ role: "assistant", content: "" })];
  for (const piece of reply.text?.match(/\S+\s*/g) ?? []) events.push(chunk({ content: piece }));
  (reply.toolCalls ?? []).forEach((call, index) => {
    const args = JSON.stringify(call.arguments);
    const half = Math.ceil(args.length / 2);
    events.push(
      chunk({
        tool_calls: [
          { index, id: callId(), type: "function", function: { name: call.name, arguments: "" } },
        ],
      }),
      chunk({ tool_calls: [{ index, function: { arguments: args.slice(0, half) } }] }),
      chunk({ tool_calls: [{ index, function: { arguments: args.slice(half) } }] }),
    );
  });
  events.push(chunk({}, reply.toolCalls?.length ? "tool_calls" : "stop"));
  const options = request.body.stream_options as { include_usage?: boolean } | undefined;
  if (options?.include_usage) events.push({ ...chunk({}), choices: [], usage });
  for (const event of events) res.write(`data: ${JSON.stringify(event)}\n\n`);
  res.end("data: [DONE]\n\n");
}
