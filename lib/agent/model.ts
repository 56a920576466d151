import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModel } from "ai";
import { env } from "@/lib/env";
import { LocalTaskModel } from "./local-model/local-model";

/** The one place the model is chosen: OpenAI (or compatible) with a key, else our local model. */
export function chatModel(): LanguageModel {
  const config = env();
  if (!config.OPENAI_API_KEY) return new LocalTaskModel({ pacingMs: config.LOCAL_MODEL_PACING_MS });
  const openai = createOpenAI({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL });
  // Chat Completions is what OpenAI-compatible servers (vLLM, Ollama, LM Studio…) speak.
  return openai.chat(config.AI_MODEL);
}

export function modelName(): string {
  const config = env();
  return config.OPENAI_API_KEY ? config.AI_MODEL : "local-task-model";
}

/** Whether chats run on the offline local model (no OPENAI_API_KEY): the chat page says so. */
export function usesLocalModel(): boolean {
  return !env().OPENAI_API_KEY;
}
