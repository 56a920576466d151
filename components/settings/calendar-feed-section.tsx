"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ApiRequestError, fetchJson } from "@/components/ui/fetch-json";
import styles from "./settings.module.css";

/** The person's private ICS feed: its URL, how to subscribe, and rotating it. */
export function CalendarFeedSection() {
  const t = useTranslations("settings.calendar");
  const id = useId();
  const [url, setUrl] = useState<string>();
  const [loadError, setLoadError] = useState(false);
  const [status, setStatus] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [rotating, setRotating] = useState(false);
  const [rotateError, setRotateError] = useState<string>();

  useEffect(() => {
    void fetchJson<{ url: string }>("/api/account/calendar", { cache: "no-store" })
      .then((feed) => setUrl(feed.url))
      .catch(() => setLoadError(true));
  }, []);

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t("copied"));
    } catch {
      setStatus(t("copyFailed"));
    }
  }

  async function rotate() {
    setRotating(true);
    setRotateError(undefined);
    try {
      const feed = await fetchJson<{ url: string }>("/api/account/calendar/rotate", {
        method: "POST",
      });
      setUrl(feed.url);
      setConfirming(false);
      setStatus(t("rotated"));
    } catch (failure) {
      setRotateError(failure instanceof ApiRequestError ? failure.message : String(failure));
    } finally {
      setRotating(false);
    }
  }

  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("heading")}</h2>
      <p className={styles.muted}>{t("intro")}</p>
      <p className={styles.muted}>{t("privacy")}</p>
      {loadError ? (
        <p role="alert" className={styles.error}>
          {t("loadFailed")}
        </p>
      ) : (
        <div className={styles.row}>
          <label htmlFor={`${id}-url`} className={styles.visuallyHidden}>
            {t("urlLabel")}
          </label>
          <input
            id={`${id}-url`}
            className={styles.input}
            readOnly
            value={url ?? t("loading")}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button
            type="button"
            className={styles.primary}
            disabled={!url}
            onClick={() => void copy()}
          >
            {t("copy")}
          </button>
          <button
            type="button"
            className={styles.secondary}
            disabled={!url}
            onClick={() => {
              setRotateError(undefined);
              setConfirming(true);
            }}
          >
            {t("rotate")}
          </button>
        </div>
      )}
      <p role="status" className={styles.muted}>
        {status}
      </p>
      <h3>{t("howTo")}</h3>
      <ul className={styles.steps}>
        <li>{t("google")}</li>
        <li>{t("apple")}</li>
        <li>{t("outlook")}</li>
      </ul>
      <ConfirmDialog
        open={confirming}
        title={t("rotateTitle")}
        body={t("rotateBody")}
        confirmLabel={t("rotateConfirm")}
        busy={rotating}
        error={rotateError}
        onConfirm={() => void rotate()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
