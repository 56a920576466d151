import { useTranslations } from "next-intl";
import type { ApiKeySummary } from "@/lib/auth/api-key-service";
import { ApiKeyList } from "./api-key-list";
import { CreateApiKeyForm } from "./create-api-key-form";
import styles from "./settings.module.css";

/** Personal API keys: each lets one MCP client act on this person's tasks. */
export function ApiKeysSection({ keys }: { keys: ApiKeySummary[] }) {
  const t = useTranslations("settings.apiKeys");
  return (
    <section aria-labelledby="api-keys-heading" className={styles.section}>
      <h2 id="api-keys-heading">{t("heading")}</h2>
      <p className={styles.muted}>{t("intro")}</p>
      <CreateApiKeyForm />
      <ApiKeyList keys={keys} />
    </section>
  );
}
