"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Icon } from "./icons";

/** Copies text to the clipboard and says so for a moment. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const t = useTranslations("common");
  const name = label ?? t("copy");
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
      aria-label={copied ? t("copied") : name}
      title={copied ? t("copied") : name}
    >
      <Icon name={copied ? "check" : "copy"} size={16} />
    </button>
  );
}
