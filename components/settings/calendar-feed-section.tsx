"use client";

import { useEffect, useId, useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ApiRequestError, fetchJson } from "@/components/ui/fetch-json";
import styles from "./settings.module.css";

/** Every word the section says, in one place (for translation). */
const TEXT = {
  heading: "Calendar feed",
  intro:
    "Subscribe to this private link in your calendar app to see your tasks with dates, with an alert at each reminder. Calendar apps check it for changes every few hours.",
  privacy:
    "Anyone with the link can see those tasks. Keep it to yourself; if it leaks, make a new one (the old link stops working).",
  urlLabel: "Calendar feed URL",
  loading: "Loading…",
  loadFailed: "Couldn't read your calendar link. Reload the page to try again.",
  copy: "Copy link",
  copied: "Copied to the clipboard.",
  copyFailed: "Could not copy: select the link and copy it yourself.",
  howTo: "How to subscribe",
  google:
    "Google Calendar (on a computer): Other calendars → + → From URL, paste the link, Add calendar.",
  apple:
    "Apple Calendar: on a Mac, File → New Calendar Subscription; on iPhone or iPad, Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar. Paste the link.",
  outlook: "Outlook: Calendar → Add calendar → Subscribe from web, paste the link, Import.",
  rotate: "Make a new link",
  rotateTitle: "Make a new calendar link?",
  rotateBody:
    "The current link stops working at once. Calendars subscribed to it stop updating until you subscribe them to the new link.",
  rotateConfirm: "Make a new link",
  rotated: "New link made. Subscribe your calendars to it; the old link no longer works.",
};

/** The person's private ICS feed: its URL, how to subscribe, and rotating it. */
export function CalendarFeedSection() {
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
      setStatus(TEXT.copied);
    } catch {
      setStatus(TEXT.copyFailed);
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
      setStatus(TEXT.rotated);
    } catch (failure) {
      setRotateError(failure instanceof ApiRequestError ? failure.message : String(failure));
    } finally {
      setRotating(false);
    }
  }

  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{TEXT.heading}</h2>
      <p className={styles.muted}>{TEXT.intro}</p>
      <p className={styles.muted}>{TEXT.privacy}</p>
      {loadError ? (
        <p role="alert" className={styles.error}>
          {TEXT.loadFailed}
        </p>
      ) : (
        <div className={styles.row}>
          <label htmlFor={`${id}-url`} className={styles.visuallyHidden}>
            {TEXT.urlLabel}
          </label>
          <input
            id={`${id}-url`}
            className={styles.input}
            readOnly
            value={url ?? TEXT.loading}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button
            type="button"
            className={styles.primary}
            disabled={!url}
            onClick={() => void copy()}
          >
            {TEXT.copy}
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
            {TEXT.rotate}
          </button>
        </div>
      )}
      <p role="status" className={styles.muted}>
        {status}
      </p>
      <h3>{TEXT.howTo}</h3>
      <ul className={styles.steps}>
        <li>{TEXT.google}</li>
        <li>{TEXT.apple}</li>
        <li>{TEXT.outlook}</li>
      </ul>
      <ConfirmDialog
        open={confirming}
        title={TEXT.rotateTitle}
        body={TEXT.rotateBody}
        confirmLabel={TEXT.rotateConfirm}
        busy={rotating}
        error={rotateError}
        onConfirm={() => void rotate()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
