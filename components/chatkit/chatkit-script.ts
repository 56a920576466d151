/** OpenAI serves the ChatKit web component from its CDN only (it is not on npm). */
export const CHATKIT_SCRIPT_URL = "https://cdn.platform.openai.com/deployments/chatkit/chatkit.js";

/** How long the component may take to appear before we say it could not load. */
export const CHATKIT_LOAD_TIMEOUT_MS = 10_000;

/**
 * Resolves "ready" once the `<openai-chatkit>` element is defined, "failed" when its
 * script cannot load (offline, blocked by an extension or a policy) or it takes too long.
 */
export function loadChatKitScript(): Promise<"ready" | "failed"> {
  if (customElements.get("openai-chatkit")) return Promise.resolve("ready");
  return new Promise((resolve) => {
    let script = document.querySelector<HTMLScriptElement>(`script[src="${CHATKIT_SCRIPT_URL}"]`);
    if (!script) {
      script = document.createElement("script");
      script.src = CHATKIT_SCRIPT_URL;
      script.async = true;
      document.head.append(script);
    }
    const timer = window.setTimeout(() => resolve("failed"), CHATKIT_LOAD_TIMEOUT_MS);
    const settle = (outcome: "ready" | "failed") => {
      window.clearTimeout(timer);
      resolve(outcome);
    };
    script.addEventListener("error", () => settle("failed"), { once: true });
    void customElements.whenDefined("openai-chatkit").then(() => settle("ready"));
  });
}
