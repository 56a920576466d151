// The evaluation set over the HTTP API of a running server (`npm run eval -- --url …`).
import type { EvalTarget } from "./eval-runner";
import { apiAs, signUp, type TestUser } from "./users";

/** Each case signs up its own user through the real auth endpoint and chats over HTTP. */
export function httpTarget(baseUrl: string): EvalTarget {
  return async (setup) => {
    const user = await signUpFreshUser(baseUrl);
    const api = apiAs(baseUrl, user);
    for (const entry of setup) {
      const done = entry.startsWith("[x] ");
      const created = await api("POST", "/api/tasks", { title: done ? entry.slice(4) : entry });
      if (done) await api("PATCH", `/api/tasks/${created.json.id}`, { completed: true });
    }
    return {
      async say(message, conversationId) {
        const answer = await api("POST", `/api/${user.id}/chat`, {
          message,
          ...(conversationId && { conversation_id: conversationId }),
        });
        return answer.status === 200
          ? answer.json
          : { error: `HTTP ${answer.status} ${answer.text}` };
      },
      async tasks() {
        const list = await api("GET", "/api/tasks?limit=500");
        return Object.fromEntries(
          (list.json.tasks as { id: number; title: string; completed: boolean }[]).map((t) => [
            String(t.id),
            `${t.completed ? "[x] " : ""}${t.title}`,
          ]),
        );
      },
    };
  };
}

/**
 * A server with Better Auth's sign-up limit on (any server not started with
 * AUTH_RATE_LIMIT=off) refuses a burst of sign-ups with 429: wait as it says and try
 * again, so `--url` works against any server.
 */
async function signUpFreshUser(baseUrl: string): Promise<TestUser> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await signUp(baseUrl, "Eval");
    } catch (error) {
      if (!String(error).includes("429") || attempt === 60) throw error;
      if (!warnedAboutRateLimit) {
        warnedAboutRateLimit = true;
        console.warn(
          "The server limits sign-ups (one fresh user per case); waiting between them. " +
            "Start it with AUTH_RATE_LIMIT=off for a fast run.",
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}
let warnedAboutRateLimit = false;
