import Link from "next/link";
import styles from "./local-model-note.module.css";

/**
 * Under the composer when no AI model is configured: the answers come from Taskchat's own
 * offline model, which knows task talk in English, Urdu and Roman Urdu, and where to read how to use one.
 */
export function LocalModelNote() {
  return (
    <p className={styles.note} data-local-model="">
      Offline local model: it understands task requests in English and Urdu.{" "}
      <Link href="/help/ai-model">Use an AI model</Link>
    </p>
  );
}
