import type { LanguageModelV4CallOptions } from "@ai-sdk/provider";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LocalTaskModel } from "./local-model";

const hello: LanguageModelV4CallOptions = {
  prompt: [{ role: "user", content: [{ type: "text", text: "hi" }] }],
};

async function streamWith(model: LocalTaskModel): Promise<{ text: string; pauses: number[] }> {
  const pauses: number[] = [];
  const realSetTimeout = globalThis.setTimeout;
  vi.spyOn(globalThis, "setTimeout").mockImplementation(((fn: () => void, ms?: number) => {
    pauses.push(ms ?? 0);
    return realSetTimeout(fn, ms);
  }) as typeof setTimeout);
  const { stream } = await model.doStream(hello);
  let text = "";
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    if (next.value.type === "text-delta") text += next.value.delta;
  }
  return { text, pauses };
}

afterEach(() => vi.restoreAllMocks());

describe("the local model's typing pace", () => {
  it("pauses before each streamed piece of text when asked to", async () => {
    const { text, pauses } = await streamWith(new LocalTaskModel({ pacingMs: 5 }));
    expect(text.length).toBeGreaterThan(0);
    expect(pauses.filter((ms) => ms === 5).length).toBeGreaterThan(1);
  });

  it("streams without pausing at 0 (benchmarks, tests)", async () => {
    const { text, pauses } = await streamWith(new LocalTaskModel({ pacingMs: 0 }));
    expect(text.length).toBeGreaterThan(0);
    expect(pauses).toEqual([]);
  });
});
