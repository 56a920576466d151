"use client";

import { useLocale, useTranslations } from "next-intl";
import { resendSubscription } from "@/components/settings/push-subscription";
import { LOCALE_COOKIE, LOCALE_NAMES, LOCALES, type Locale } from "@/i18n/locales";
import styles from "./language-switch.module.css";

/**
 * Stores the choice for a year; the server reads it on every request (i18n/request.ts).
 * This device's push subscription is posted again, so its reminders come in the new
 * language too (docs/reminders.md).
 */
async function choose(locale: Locale) {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
  await resendSubscription();
  // A full load: the server renders every page, <html lang dir> included, in the new language.
  window.location.reload();
}

/** The interface language, each named in its own language and script. */
export function LanguageSwitch() {
  const t = useTranslations("account");
  const current = useLocale();
  return (
    <div className={styles.switch} role="group" aria-label={t("language")}>
      <span className={styles.label} aria-hidden="true">
        {t("language")}
      </span>
      <div className={styles.choices}>
        {LOCALES.map((locale) => (
          <button
            key={locale}
            type="button"
            lang={locale}
            className={styles.choice}
            aria-pressed={locale === current}
            onClick={() => locale !== current && void choose(locale)}
          >
            {LOCALE_NAMES[locale]}
          </button>
        ))}
      </div>
    </div>
  );
}
