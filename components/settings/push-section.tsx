"use client";

import { useEffect, useId, useState } from "react";
import {
  PushSetupError,
  currentSubscription,
  pushAvailability,
  turnOffPush,
  turnOnPush,
  type PushAvailability,
} from "./push-subscription";
import styles from "./settings.module.css";

/** Every word the section says, in one place (for translation). */
const TEXT = {
  heading: "Push notifications",
  intro:
    "Get reminders on this device even when Taskchat is closed. Each browser and device is turned on separately; the browser asks for permission when you switch it on.",
  label: "Push notifications on this device",
  on: "On",
  off: "Off",
  checking: "Checking this browser…",
  unsupported:
    "This browser can't receive push notifications. On iPhone and iPad, add Taskchat to the Home Screen first (Share → Add to Home Screen), then open it from there.",
  denied:
    "Notifications are blocked for this site. Allow them in your browser's site settings (the icon left of the address), then reload this page.",
  turningOn: "Turning on…",
  turningOff: "Turning off…",
  turnedOn: "Push notifications are on for this device.",
  turnedOff: "Push notifications are off for this device.",
  failed: "Something went wrong. Try again.",
};

type State = "checking" | "on" | "off";

/** The per-device push switch (never asks for permission until it is switched on). */
export function PushSection() {
  const id = useId();
  const [availability, setAvailability] = useState<PushAvailability>();
  const [state, setState] = useState<State>("checking");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "status" | "error"; text: string }>();

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const found = pushAvailability();
      const subscribed =
        found === "available" ? await currentSubscription().catch(() => null) : null;
      if (cancelled) return;
      setAvailability(found);
      setState(subscribed ? "on" : "off");
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  async function toggle() {
    if (busy) return;
    const turningOn = state !== "on";
    setBusy(true);
    setMessage({ kind: "status", text: turningOn ? TEXT.turningOn : TEXT.turningOff });
    try {
      if (turningOn) await turnOnPush();
      else await turnOffPush();
      setState(turningOn ? "on" : "off");
      setMessage({ kind: "status", text: turningOn ? TEXT.turnedOn : TEXT.turnedOff });
    } catch (failure) {
      setMessage({
        kind: "error",
        text: failure instanceof PushSetupError ? failure.message : TEXT.failed,
      });
    } finally {
      setAvailability(pushAvailability());
      setBusy(false);
    }
  }

  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{TEXT.heading}</h2>
      <p className={styles.muted}>{TEXT.intro}</p>
      {availability === undefined ? (
        <p className={styles.muted}>{TEXT.checking}</p>
      ) : availability === "unsupported" ? (
        <p className={styles.muted}>{TEXT.unsupported}</p>
      ) : availability === "denied" && state !== "on" ? (
        <p className={styles.warning}>{TEXT.denied}</p>
      ) : (
        <div className={styles.row}>
          <span id={`${id}-label`}>{TEXT.label}</span>
          <button
            type="button"
            role="switch"
            aria-checked={state === "on"}
            aria-labelledby={`${id}-label`}
            className={styles.switch}
            disabled={busy || state === "checking"}
            onClick={() => void toggle()}
          >
            <span className={styles.switchThumb} aria-hidden="true" />
            <span>{state === "on" ? TEXT.on : TEXT.off}</span>
          </button>
        </div>
      )}
      {message && (
        <p
          role={message.kind === "error" ? "alert" : "status"}
          className={message.kind === "error" ? styles.error : styles.muted}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
