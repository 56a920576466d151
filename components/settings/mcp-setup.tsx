import styles from "./settings.module.css";

/** How to point an MCP client at this server, with the URL it is reached at. */
export function McpSetup({ endpoint }: { endpoint: string }) {
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
      <h2 id="mcp-heading">Connect an MCP client</h2>
      <p className={styles.muted}>
        The MCP endpoint is <code>{endpoint}</code> (Streamable HTTP). Send your key as{" "}
        <code>Authorization: Bearer &lt;key&gt;</code>. For clients configured with JSON:
      </p>
      <pre className={styles.code} aria-label="MCP client configuration">
        {config}
      </pre>
    </section>
  );
}
