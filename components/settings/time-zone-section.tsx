"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { browserTimeZone } from "@/components/tasks/rich-task";
import { saveTimeZone } from "@/components/tasks/time-zone";
import styles from "./settings.module.css";

/** Every zone the browser knows, with the current one first if it is missing (an old alias). */
function zoneList(current: string): string[] {
  const zones =
    typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  const all = zones.includes("UTC") ? zones : ["UTC", ...zones];
  return current && !all.includes(current) ? [current, ...all] : all;
}

/** The account's time zone: what "today", "tomorrow" and due times mean for this person. */
export function TimeZoneSection() {
  const t = useTranslations("settings.timeZone");
  const id = useId();
  const [zone, setZone] = useState<string>();
  const [status, setStatus] = useState("");

  useEffect(() => {
    void fetch("/api/account", { cache: "no-store" })
      .then((response) =>
        response.ok ? (response.json() as Promise<{ timezone?: string }>) : null,
      )
      .then((account) => setZone(account?.timezone || "UTC"))
      .catch(() => setStatus(t("readFailed")));
  }, [t]);

  async function choose(next: string) {
    const previous = zone;
    setZone(next);
    setStatus(t("saving"));
    if (await saveTimeZone(next)) {
      setStatus(t("saved", { zone: next }));
    } else {
      setZone(previous);
      setStatus(t("saveFailed"));
    }
  }

  const browser = browserTimeZone();
  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("heading")}</h2>
      <p className={styles.muted}>{t("intro")}</p>
      <div className={styles.row}>
        <label htmlFor={`${id}-zone`}>{t("label")}</label>
        <select
          id={`${id}-zone`}
          className={styles.input}
          value={zone ?? ""}
          disabled={zone === undefined}
          onChange={(event) => void choose(event.target.value)}
        >
          {/* Options only in the browser: its zone list may differ from the server's. */}
          {zone === undefined && <option value="">{t("loading")}</option>}
          {(zone === undefined ? [] : zoneList(zone)).map((name) => (
            <option key={name} value={name}>
              {name.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        {zone !== undefined && zone !== browser && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void choose(browser)}
          >
            {t("useDevice", { zone: browser.replaceAll("_", " ") })}
          </button>
        )}
      </div>
      <p role="status" className={styles.muted}>
        {status}
      </p>
    </section>
  );
}
