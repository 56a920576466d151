import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/settings/settings.module.css";

export const metadata: Metadata = { title: "Using an AI model" };

/** How to answer chats with an AI model instead of the offline local one (docs/using-the-app.md). */
export default function AiModelHelpPage() {
  return (
    <main className={styles.page}>
      <nav aria-label="Help navigation" className={styles.nav}>
        <Link href="/">← Back to chat</Link>
      </nav>
      <h1>Using an AI model</h1>
      <p>
        Without a configured model, Taskchat answers with its own offline model: it runs on the
        server, needs no key and sends nothing anywhere, but it knows only task requests in English,
        Urdu and Roman Urdu (adding, listing, completing, changing and deleting tasks, with dates,
        priorities, tags and repeats). An AI model understands free conversation in any language.
      </p>
      <h2>OpenAI</h2>
      <p>
        Set <code>OPENAI_API_KEY</code> in the server&apos;s environment (and optionally{" "}
        <code>AI_MODEL</code>, default <code>gpt-4.1-mini</code>), then restart the server.
      </p>
      <h2>Any OpenAI-compatible server</h2>
      <p>
        Set <code>OPENAI_BASE_URL</code> to the server&apos;s API address, <code>AI_MODEL</code> to
        one of its models and <code>OPENAI_API_KEY</code> to its key (any non-empty value when it
        needs none). For example Ollama: <code>OPENAI_BASE_URL=http://localhost:11434/v1</code>,{" "}
        <code>AI_MODEL=llama3.1</code>; vLLM: <code>OPENAI_BASE_URL=http://localhost:8000/v1</code>.
        The model must support tool calls.
      </p>
    </main>
  );
}
