"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import styles from "./settings.module.css";

/** The one and only showing of a new key: only its hash is stored. */
export function NewApiKey({ name, apiKey }: { name: string; apiKey: string }) {
  const t = useTranslations("settings.apiKeys");
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
      <h3 id="new-key-heading">{t("newKeyHeading", { name })}</h3>
      <p className={styles.warning}>
        <strong>{t("copyNow")}</strong> {t("copyNowDetail")}
      </p>
      <div className={styles.row}>
        <code aria-label={t("newKeyLabel")} className={styles.secret} dir="ltr">
          {apiKey}
        </code>
        <button type="button" onClick={copy} className={styles.primary}>
          {t("copyKey")}
        </button>
      </div>
      <p role="status" className={styles.muted}>
        {copied === "copied" ? t("copiedKey") : copied === "failed" ? t("copyFailed") : ""}
      </p>
      <button type="button" onClick={() => setDismissed(true)} className={styles.secondary}>
        {t("saved")}
      </button>
    </div>
  );
}
