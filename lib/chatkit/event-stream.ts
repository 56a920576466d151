import type { ThreadStreamEvent } from "./types";

export type SendEvent = (event: ThreadStreamEvent) => void;

/**
 * A streaming answer as the protocol frames it: `text/event-stream`, each event one
 * `data: <json>` line and a blank line. `produce` runs once the client reads; events
 * sent after the client went away are dropped. `produce` must not throw: a failure
 * inside a stream is an `error` event, which the producer sends itself.
 */
export function eventStreamResponse(produce: (send: SendEvent) => Promise<void>): Response {
  const encoder = new TextEncoder();
  let open = true;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send: SendEvent = (event) => {
        if (open) controller.enqueue(encoder.encode(`data: ${JSON.stringify(event)}\n\n`));
      };
      try {
        await produce(send);
      } finally {
        if (open) {
          open = false;
          controller.close();
        }
      }
    },
    cancel() {
      open = false;
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      // Proxies (nginx and friends) must pass each event on as it comes.
      "x-accel-buffering": "no",
    },
  });
}
