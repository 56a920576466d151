import type { ApiKeySummary } from "@/lib/auth/api-key-service";
import { ApiKeyList } from "./api-key-list";
import { CreateApiKeyForm } from "./create-api-key-form";
import styles from "./settings.module.css";

/** Personal API keys: each lets one MCP client act on this person's tasks. */
export function ApiKeysSection({ keys }: { keys: ApiKeySummary[] }) {
  return (
    <section aria-labelledby="api-keys-heading" className={styles.section}>
      <h2 id="api-keys-heading">API keys</h2>
      <p className={styles.muted}>
        An API key lets an MCP client (Claude Desktop, Cursor, an agent you write) add, list,
        complete, update and delete your tasks — nothing else. Give each client its own key, and
        revoke a key as soon as you stop using it.
      </p>
      <CreateApiKeyForm />
      <ApiKeyList keys={keys} />
    </section>
  );
}
