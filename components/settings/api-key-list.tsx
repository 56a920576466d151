import { useTranslations } from "next-intl";
import type { ApiKeySummary } from "@/lib/auth/api-key-service";
import { LocalTime } from "./local-time";
import { RevokeApiKeyButton } from "./revoke-api-key-button";
import styles from "./settings.module.css";

export function ApiKeyList({ keys }: { keys: ApiKeySummary[] }) {
  const t = useTranslations("settings.apiKeys");
  if (keys.length === 0) {
    return <p className={styles.muted}>{t("none")}</p>;
  }
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{t("caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("name")}</th>
          <th scope="col">{t("key")}</th>
          <th scope="col">{t("created")}</th>
          <th scope="col">{t("lastUsed")}</th>
          <th scope="col">
            <span className={styles.visuallyHidden}>{t("actions")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key.id}>
            <th scope="row" dir="auto">
              {key.name}
            </th>
            <td data-label={t("key")}>
              <code>{key.start ? `${key.start}…` : "—"}</code>
            </td>
            <td data-label={t("created")}>
              <LocalTime iso={key.created_at} />
            </td>
            <td data-label={t("lastUsed")}>
              {key.last_used_at ? <LocalTime iso={key.last_used_at} /> : t("never")}
            </td>
            <td className={styles.actionsCell}>
              <RevokeApiKeyButton keyId={key.id} name={key.name} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
