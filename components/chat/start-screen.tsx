import { useTranslations } from "next-intl";
import styles from "./start-screen.module.css";

/** The starter prompts' message keys, in the interface's language (they are sent as written). */
const STARTER_PROMPTS = ["prompt1", "prompt2", "prompt3", "prompt4"] as const;

/** The empty chat: a greeting and starter prompts that send on click. */
export function StartScreen({
  name,
  onPick,
  disabled,
}: {
  name: string;
  onPick(prompt: string): void;
  disabled: boolean;
}) {
  const t = useTranslations("start");
  const first = name.split(" ")[0];
  return (
    <div className={styles.start}>
      <h1 className={styles.greeting} dir="auto">
        {first ? t("greetingNamed", { name: first }) : t("greeting")}
      </h1>
      <p className={styles.sub}>{t("sub")}</p>
      <ul className={styles.prompts} aria-label={t("promptsLabel")}>
        {STARTER_PROMPTS.map((key) => (
          <li key={key}>
            <button
              type="button"
              className={styles.prompt}
              onClick={() => onPick(t(key))}
              disabled={disabled}
            >
              {t(key)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
