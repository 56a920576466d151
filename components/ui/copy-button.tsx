"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { IconButton } from "./icons";

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
    <IconButton
      icon={copied ? "check" : "copy"}
      size={16}
      label={copied ? t("copied") : name}
      onClick={copy}
    />
  );
}
