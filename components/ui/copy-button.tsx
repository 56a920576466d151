"use client";

import { useState } from "react";
import { Icon } from "./icons";

/** Copies text to the clipboard and says so for a moment. */
export function CopyButton({ text, label = "Copy message" }: { text: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  }
  return (
    <button
      type="button"
      className="icon-button"
      onClick={copy}
      aria-label={copied ? "Copied" : label}
      title={copied ? "Copied" : label}
    >
      <Icon name={copied ? "check" : "copy"} size={16} />
    </button>
  );
}
