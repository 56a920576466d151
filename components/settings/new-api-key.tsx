"use client";

import { useState } from "react";
import styles from "./settings.module.css";

/** The one and only showing of a new key: only its hash is stored. */
export function NewApiKey({ name, apiKey }: { name: string; apiKey: string }) {
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(apiKey);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <div role="region" aria-labelledby="new-key-heading" className={styles.newKey}>
      <h3 id="new-key-heading">New key “{name}”</h3>
      <p className={styles.warning}>
        <strong>Copy this key now.</strong> It will not be shown again: Taskchat keeps only a hash
        of it. Anyone holding it can manage your tasks, so keep it secret.
      </p>
      <div className={styles.row}>
        <code aria-label="New API key" className={styles.secret}>
          {apiKey}
        </code>
        <button type="button" onClick={copy} className={styles.primary}>
          Copy key
        </button>
      </div>
      <p role="status" className={styles.muted}>
        {copied === "copied"
          ? "Copied to the clipboard."
          : copied === "failed"
            ? "Could not copy: select the key and copy it yourself."
            : ""}
      </p>
      <button type="button" onClick={() => setDismissed(true)} className={styles.secondary}>
        I have saved it
      </button>
    </div>
  );
}
