import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountSection } from "@/components/settings/account-section";
import { ApiKeysSection } from "@/components/settings/api-keys-section";
import { CalendarFeedSection } from "@/components/settings/calendar-feed-section";
import { McpSetup } from "@/components/settings/mcp-setup";
import { PushSection } from "@/components/settings/push-section";
import { TimeZoneSection } from "@/components/settings/time-zone-section";
import styles from "@/components/settings/settings.module.css";
import { listApiKeys } from "@/lib/auth/api-key-service";
import { auth } from "@/lib/auth/auth";
import { pageRequestHeaders } from "@/lib/auth/page-session";
import { env } from "@/lib/env";
import { ensureDatabaseReady } from "@/db/ready";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  // Reading the request's headers first also keeps the page out of build-time rendering.
  const requestHeaders = await pageRequestHeaders();
  await ensureDatabaseReady();
  const session = await auth().api.getSession({ headers: requestHeaders });
  if (!session) redirect("/sign-in");
  const keys = await listApiKeys(requestHeaders);
  return (
    <main className={styles.page}>
      <nav aria-label="Settings navigation" className={styles.nav}>
        <Link href="/">← Back to chat</Link>
      </nav>
      <h1>Settings</h1>
      <p className={styles.muted}>Signed in as {session.user.email}</p>
      <TimeZoneSection />
      <PushSection />
      <CalendarFeedSection />
      <ApiKeysSection keys={keys} />
      <McpSetup endpoint={mcpEndpoint(requestHeaders)} />
      <AccountSection />
    </main>
  );
}

/** Where MCP clients connect: the configured public origin, else the one in use. */
function mcpEndpoint(requestHeaders: Headers): string {
  const configured = env().BETTER_AUTH_URL;
  if (configured) return new URL("/api/mcp", configured).toString();
  const host = requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}/api/mcp`;
}
