import Link from "next/link";
import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
import { directionOf, isLocale } from "@/i18n/locales";
import styles from "./sub-page.module.css";

interface SubPageProps {
  /** The accessible name of the way back ("Settings navigation"). */
  navigationLabel: string;
  /** The way back's words ("Back to chat"). */
  backLabel: string;
  title: string;
  children: ReactNode;
}

/** A page one step away from the chat (settings, help): the way back, its heading, its content. */
export async function SubPage({ navigationLabel, backLabel, title, children }: SubPageProps) {
  const locale = await getLocale();
  // The arrow points back the way the page reads.
  const back = isLocale(locale) && directionOf(locale) === "rtl" ? "→" : "←";
  return (
    <main className={styles.page}>
      <nav aria-label={navigationLabel} className={styles.nav}>
        <Link href="/">
          <span aria-hidden="true">{back}</span> {backLabel}
        </Link>
      </nav>
      <h1>{title}</h1>
      {children}
    </main>
  );
}
