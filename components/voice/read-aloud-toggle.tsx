"use client";

import { useTranslations } from "next-intl";
import { setReadAloud, useReadAloud } from "./read-aloud";
import styles from "./read-aloud-toggle.module.css";

/** "Read answers aloud": a switch in the account menu, shown where the browser can speak. */
export function ReadAloudToggle() {
  const t = useTranslations("account");
  const { available, on } = useReadAloud();
  if (!available) return null;
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      className={styles.toggle}
      onClick={() => setReadAloud(!on)}
    >
      <span>{t("readAloud")}</span>
      <span className={styles.track} aria-hidden="true" />
    </button>
  );
}
