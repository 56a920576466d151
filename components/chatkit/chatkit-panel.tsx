"use client";

import { ChatKit, useChatKit } from "@openai/chatkit-react";
import Link from "next/link";
import { useEffect, useState } from "react";
import { loadChatKitScript } from "./chatkit-script";
import styles from "./chatkit-panel.module.css";

/** Our session cookie travels with every protocol request (same origin). */
const withSession: typeof fetch = (input, init) =>
  fetch(input, { ...init, credentials: "include" });

/**
 * OpenAI's ChatKit component, talking to our `/api/chatkit`. Its script comes from
 * OpenAI's CDN; when that cannot load, the page says so and points to the built-in chat
 * instead of staying blank.
 */
export function ChatKitPanel({ domainKey }: { domainKey: string }) {
  const [script, setScript] = useState<"loading" | "ready" | "failed">("loading");
  useEffect(() => {
    let active = true;
    void loadChatKitScript().then((outcome) => active && setScript(outcome));
    return () => {
      active = false;
    };
  }, []);

  const chatKit = useChatKit({
    api: { url: "/api/chatkit", domainKey, fetch: withSession },
    history: { enabled: true, showDelete: true, showRename: true },
    startScreen: {
      greeting: "What should we do with your list?",
      prompts: [
        { label: "Add a task", prompt: "Add a task to buy groceries", icon: "plus" },
        { label: "What's pending?", prompt: "What's pending?", icon: "notebook" },
      ],
    },
    composer: { placeholder: "Add, list, complete or delete tasks…" },
    threadItemActions: { feedback: true, retry: true },
  });

  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>Taskchat</h1>
        <Link href="/" className={styles.link}>
          Built-in chat
        </Link>
      </header>
      {script === "failed" ? (
        <section role="alert" className={styles.fallback}>
          <h2>The ChatKit component could not load</h2>
          <p>
            Its script comes from OpenAI&apos;s servers, which this browser cannot reach right now
            (offline, or blocked by an extension or network policy). Your conversations are safe.
          </p>
          <p>
            <Link href="/" className={styles.button}>
              Open the built-in chat
            </Link>
          </p>
        </section>
      ) : (
        <>
          {script === "loading" && (
            <p className={styles.status} role="status">
              Loading ChatKit…
            </p>
          )}
          <ChatKit control={chatKit.control} className={styles.chat} />
        </>
      )}
    </main>
  );
}
