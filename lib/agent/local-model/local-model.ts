import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamPart,
  LanguageModelV4StreamResult,
  LanguageModelV4Usage,
} from "@ai-sdk/provider";
import { readConversation } from "./conversation";
import { planNextStep, type Step } from "./plan";

/**
 * Taskchat's own language model: deterministic, offline, and good at exactly one
 * job, managing a todo list with the task tools. It speaks the same interface as
 * OpenAI's models, so the agent loop, tools and storage are identical either way.
 */
export class LocalTaskModel implements LanguageModelV4 {
  readonly specificationVersion = "v4";
  /** Pause before each streamed piece of text, in ms; 0 streams as fast as the server can. */
  readonly #pacingMs: number;
  readonly provider = "taskchat";
  readonly modelId = "local-task-model";
  readonly supportedUrls = {};

  constructor(options: { pacingMs?: number } = {}) {
    this.#pacingMs = options.pacingMs ?? 0;
  }

  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    options.abortSignal?.throwIfAborted();
    const step = this.#decide(options);
    return {
      content: toContent(step),
      finishReason: finishReason(step),
      usage: usage(options, step),
      warnings: [],
    };
  }

  async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    const step = this.#decide(options);
    const parts = toStreamParts(step, options);
    const signal = options.abortSignal;
    const pacingMs = this.#pacingMs;
    const stream = new ReadableStream<LanguageModelV4StreamPart>({
      async pull(controller) {
        const part = parts.shift();
        if (!part) return controller.close();
        if (signal?.aborted) return controller.error(signal.reason);
        // A short pause between words, so streaming looks and behaves like a real model's.
        if (pacingMs > 0 && part.type === "text-delta") {
          await new Promise((resolve) => setTimeout(resolve, pacingMs));
        }
        controller.enqueue(part);
      },
    });
    return { stream };
  }

  #decide(options: LanguageModelV4CallOptions): Step {
    const step = planNextStep(readConversation(options.prompt, toolFields(options)));
    const available = new Set((options.tools ?? []).map((tool) => tool.name));
    // Only call tools the caller offered; otherwise say what would have been done.
    if (step.kind === "tools" && step.calls.some((c) => !available.has(c.toolName))) {
      return { kind: "text", text: "I can't change your tasks from here." };
    }
    return step;
  }
}

/** Each offered tool's input properties, so optional fields are used only where they exist. */
function toolFields(options: LanguageModelV4CallOptions): Map<string, Set<string>> {
  const fields = new Map<string, Set<string>>();
  for (const tool of options.tools ?? []) {
    if (tool.type !== "function") continue;
    const schema = tool.inputSchema as { properties?: Record<string, unknown> };
    fields.set(tool.name, new Set(Object.keys(schema.properties ?? {})));
  }
  return fields;
}

let callCounter = 0;
const nextCallId = () => `call_local_${Date.now().toString(36)}_${(callCounter++).toString(36)}`;

function toContent(step: Step): LanguageModelV4Content[] {
  if (step.kind === "text") return [{ type: "text", text: step.text }];
  return step.calls.map((c) => ({
    type: "tool-call",
    toolCallId: nextCallId(),
    toolName: c.toolName,
    input: JSON.stringify(c.input),
  }));
}

function toStreamParts(
  step: Step,
  options: LanguageModelV4CallOptions,
): LanguageModelV4StreamPart[] {
  const parts: LanguageModelV4StreamPart[] = [{ type: "stream-start", warnings: [] }];
  if (step.kind === "text") {
    parts.push({ type: "text-start", id: "text-0" });
    for (const piece of step.text.match(/\S+\s*|\s+/g) ?? []) {
      parts.push({ type: "text-delta", id: "text-0", delta: piece });
    }
    parts.push({ type: "text-end", id: "text-0" });
  } else {
    for (const c of step.calls) {
      const id = nextCallId();
      const input = JSON.stringify(c.input);
      parts.push(
        { type: "tool-input-start", id, toolName: c.toolName },
        { type: "tool-input-delta", id, delta: input },
        { type: "tool-input-end", id },
        { type: "tool-call", toolCallId: id, toolName: c.toolName, input },
      );
    }
  }
  parts.push({ type: "finish", finishReason: finishReason(step), usage: usage(options, step) });
  return parts;
}

function finishReason(step: Step) {
  return step.kind === "tools"
    ? { unified: "tool-calls" as const, raw: "tool-calls" }
    : { unified: "stop" as const, raw: "stop" };
}

/** Rough token counts (≈4 characters a token), so usage figures are never empty. */
function usage(options: LanguageModelV4CallOptions, step: Step): LanguageModelV4Usage {
  const input = Math.ceil(JSON.stringify(options.prompt).length / 4);
  const output = Math.ceil(
    (step.kind === "text" ? step.text.length : JSON.stringify(step.calls).length) / 4,
  );
  return {
    inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: output, text: output, reasoning: 0 },
  };
}
