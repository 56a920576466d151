import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for OpenAI's Chat Completions API (the only thing outside our reach),
 * speaking its wire format, plain and streamed. Each request is answered by the
 * `reply` function the test sets: text, tool calls, an HTTP failure, or a hang (until
 * the client gives up). Every request body is kept for assertions.
 */

export type FakeReply =
  | { text: string }
  | { toolCalls: { name: string; arguments: Record<string, unknown> }[] }
  | { status: number }
  | { hang: true };

export interface FakeRequest {
  messages: { role: string; content: unknown; tool_calls?: unknown }[];
  tools?: { type: string; function: { name: string; parameters: Record<string, unknown> } }[];
  stream?: boolean;
}

export interface FakeOpenAI {
  /** Use as OPENAI_BASE_URL. */
  baseUrl: string;
  requests: FakeRequest[];
  /** How the next requests are answered; by default, with the text "ok". */
  reply: (request: FakeRequest, index: number) => FakeReply | Promise<FakeReply>;
  close: () => Promise<void>;
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const hanging = new Set<http.ServerResponse>();
  const fake: FakeOpenAI = {
    baseUrl: "",
    requests: [],
    reply: () => ({ text: "ok" }),
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = http.createServer(async (request, response) => {
    let body = "";
    for await (const chunk of request) body += chunk;
    if (request.method !== "POST" || !request.url?.endsWith("/chat/completions")) {
      response.writeHead(404).end();
      return;
    }
    const parsed = JSON.parse(body) as FakeRequest;
    fake.requests.push(parsed);
    const reply = await fake.reply(parsed, fake.requests.length - 1);
    if ("hang" in reply) {
      hanging.add(response);
      response.on("close", () => hanging.delete(response));
      return;
    }
    if ("status" in reply) {
      response.writeHead(reply.status, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: { message: "fake failure", type: "server_error" } }));
      return;
    }
    if (parsed.stream) writeStream(response, reply);
    else writeCompletion(response, reply);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return fake;
}

type Answer = Exclude<FakeReply, { status: number } | { hang: true }>;

function toolCallsOf(reply: Answer) {
  if (!("toolCalls" in reply)) return undefined;
  return reply.toolCalls.map((call, index) => ({
    id: `call_${index}_${Math.random().toString(36).slice(2, 8)}`,
    type: "function",
    function: { name: call.name, arguments: JSON.stringify(call.arguments) },
  }));
}

const USAGE = { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 };

function writeCompletion(response: http.ServerResponse, reply: Answer) {
  const toolCalls = toolCallsOf(reply);
  response.writeHead(200, { "content-type": "application/json" });
  response.end(
    JSON.stringify({
      id: "chatcmpl-fake",
      object: "chat.completion",
      created: 0,
      model: "fake",
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            content: "text" in reply ? reply.text : null,
            ...(toolCalls ? { tool_calls: toolCalls } : {}),
          },
          finish_reason: toolCalls ? "tool_calls" : "stop",
        },
      ],
      usage: USAGE,
    }),
  );
}

function writeStream(response: http.ServerResponse, reply: Answer) {
  const toolCalls = toolCallsOf(reply);
  response.writeHead(200, { "content-type": "text/event-stream" });
  const chunk = (delta: object, finish: string | null) =>
    `data: ${JSON.stringify({
      id: "chatcmpl-fake",
      object: "chat.completion.chunk",
      created: 0,
      model: "fake",
      choices: [{ index: 0, delta, finish_reason: finish }],
    })}\n\n`;
  if ("text" in reply) response.write(chunk({ role: "assistant", content: reply.text }, null));
  if (toolCalls) {
    response.write(
      chunk(
        { role: "assistant", tool_calls: toolCalls.map((c, index) => ({ index, ...c })) },
        null,
      ),
    );
  }
  response.write(chunk({}, toolCalls ? "tool_calls" : "stop"));
  response.write(
    `data: ${JSON.stringify({ id: "chatcmpl-fake", object: "chat.completion.chunk", created: 0, model: "fake", choices: [], usage: USAGE })}\n\n`,
  );
  response.end("data: [DONE]\n\n");
}
