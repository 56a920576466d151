import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/app/app-header";
import { SubPage } from "@/components/app/sub-page";
import { PageReminders } from "@/components/reminders/page-reminders";
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
import { DEFAULT_TIME_ZONE } from "@/lib/time/zoned-time";
import { findAccount } from "@/db/accounts";
import { ensureDatabaseReady } from "@/db/ready";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  // Reading the request's headers first also keeps the page out of build-time rendering.
  const requestHeaders = await pageRequestHeaders();
  await ensureDatabaseReady();
  const session = await auth().api.getSession({ headers: requestHeaders });
  if (!session) redirect("/sign-in");
  const [keys, account, t] = await Promise.all([
    listApiKeys(requestHeaders),
    findAccount(session.user.id),
    getTranslations("settings"),
  ]);
  return (
    <>
      <AppHeader
        user={session.user}
        title={t("title")}
        tools={<PageReminders timeZone={account?.timezone ?? DEFAULT_TIME_ZONE} />}
      />
      <SubPage navigationLabel={t("navigation")} backLabel={t("back")} title={t("title")}>
        <p className={styles.muted}>
          {t.rich("signedInAs", {
            email: session.user.email,
            bdi: (chunks) => <bdi className={styles.email}>{chunks}</bdi>,
          })}
        </p>
        <TimeZoneSection />
        <PushSection />
        <CalendarFeedSection />
        <ApiKeysSection keys={keys} />
        <McpSetup endpoint={mcpEndpoint(requestHeaders)} />
        <AccountSection />
      </SubPage>
    </>
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
