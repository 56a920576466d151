import { useTranslations } from "next-intl";
import styles from "./settings.module.css";

/** How to point an MCP client at this server, with the URL it is reached at. */
export function McpSetup({ endpoint }: { endpoint: string }) {
  const t = useTranslations("settings.mcp");
  const config = JSON.stringify(
    {
      mcpServers: {
        taskchat: { url: endpoint, headers: { Authorization: "Bearer <your API key>" } },
      },
    },
    null,
    2,
  );
  return (
    <section aria-labelledby="mcp-heading" className={styles.section}>
      <h2 id="mcp-heading">{t("heading")}</h2>
      <p className={styles.muted}>
        {t.rich("intro", {
          endpoint,
          header: "Authorization: Bearer <key>",
          code: (chunks) => <code dir="ltr">{chunks}</code>,
        })}
      </p>
      <pre className={styles.code} aria-label={t("configLabel")} dir="ltr">
        {config}
      </pre>
    </section>
  );
}
