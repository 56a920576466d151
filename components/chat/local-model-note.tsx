import { useTranslations } from "next-intl";
import Link from "next/link";
import styles from "./local-model-note.module.css";

/**
 * Under the composer when no AI model is configured: the answers come from Taskchat's own
 * offline model, which knows task talk in English, Urdu and Roman Urdu, and where to read how to use one.
 */
export function LocalModelNote() {
  const t = useTranslations("composer.localModel");
  return (
    <p className={styles.note} data-local-model="">
      {t("text")} <Link href="/help/ai-model">{t("link")}</Link>
    </p>
  );
}
