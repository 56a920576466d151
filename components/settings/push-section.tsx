"use client";

import { useTranslations } from "next-intl";
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

type State = "checking" | "on" | "off";

/** The per-device push switch (never asks for permission until it is switched on). */
export function PushSection() {
  const t = useTranslations("settings.push");
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
    setMessage({ kind: "status", text: turningOn ? t("turningOn") : t("turningOff") });
    try {
      if (turningOn) await turnOnPush();
      else await turnOffPush();
      setState(turningOn ? "on" : "off");
      setMessage({ kind: "status", text: turningOn ? t("turnedOn") : t("turnedOff") });
    } catch (failure) {
      setMessage({
        kind: "error",
        text: failure instanceof PushSetupError ? t(`errors.${failure.reason}`) : t("failed"),
      });
    } finally {
      setAvailability(pushAvailability());
      setBusy(false);
    }
  }

  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("heading")}</h2>
      <p className={styles.muted}>{t("intro")}</p>
      {availability === undefined ? (
        <p className={styles.muted}>{t("checking")}</p>
      ) : availability === "unsupported" ? (
        <p className={styles.muted}>{t("unsupported")}</p>
      ) : availability === "denied" && state !== "on" ? (
        <p className={styles.warning}>{t("blocked")}</p>
      ) : (
        <div className={styles.row}>
          <span id={`${id}-label`}>{t("label")}</span>
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
            <span>{state === "on" ? t("on") : t("off")}</span>
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
