import type { ApiKeySummary } from "@/lib/auth/api-key-service";
import { LocalTime } from "./local-time";
import { RevokeApiKeyButton } from "./revoke-api-key-button";
import styles from "./settings.module.css";

export function ApiKeyList({ keys }: { keys: ApiKeySummary[] }) {
  if (keys.length === 0) {
    return <p className={styles.muted}>You have no API keys yet.</p>;
  }
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>Your API keys</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Key</th>
          <th scope="col">Created</th>
          <th scope="col">Last used</th>
          <th scope="col">
            <span className={styles.visuallyHidden}>Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key.id}>
            <th scope="row">{key.name}</th>
            <td>
              <code>{key.start ? `${key.start}…` : "—"}</code>
            </td>
            <td>
              <LocalTime iso={key.created_at} />
            </td>
            <td>{key.last_used_at ? <LocalTime iso={key.last_used_at} /> : "Never"}</td>
            <td>
              <RevokeApiKeyButton keyId={key.id} name={key.name} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
