import { describe, expect, it } from "vitest";
import { eventStreamResponse } from "./event-stream";

describe("eventStreamResponse", () => {
  it("frames each event as one data line and a blank line", async () => {
    const response = eventStreamResponse(async (send) => {
      send({ type: "progress_update", text: "a\nb" });
      send({ type: "stream_options", stream_options: { allow_cancel: true } });
    });
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(await response.text()).toBe(
      'data: {"type":"progress_update","text":"a\\nb"}\n\n' +
        'data: {"type":"stream_options","stream_options":{"allow_cancel":true}}\n\n',
    );
  });
});
