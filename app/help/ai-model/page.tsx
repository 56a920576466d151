import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import styles from "@/components/settings/settings.module.css";
import { directionOf, isLocale } from "@/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("help"))("title") };
}

const code = (chunks: ReactNode) => <code dir="ltr">{chunks}</code>;

/** How to answer chats with an AI model instead of the offline local one (docs/using-the-app.md). */
export default async function AiModelHelpPage() {
  const [t, locale] = await Promise.all([getTranslations("help"), getLocale()]);
  const back = isLocale(locale) && directionOf(locale) === "rtl" ? "→" : "←";
  return (
    <main className={styles.page}>
      <nav aria-label={t("navigation")} className={styles.nav}>
        <Link href="/">
          <span aria-hidden="true">{back}</span> {t("back")}
        </Link>
      </nav>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <h2>{t("openaiHeading")}</h2>
      <p>{t.rich("openai", { code })}</p>
      <h2>{t("compatibleHeading")}</h2>
      <p>{t.rich("compatible", { code })}</p>
    </main>
  );
}
