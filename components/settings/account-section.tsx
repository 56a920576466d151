"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { authErrorMessage } from "@/components/auth/auth-errors";
import { signOut } from "@/components/auth/sign-out";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/account-limits";
import styles from "./settings.module.css";

type Outcome = { kind: "done" | "error"; message: string } | undefined;

/** Password and sessions: change the password (which ends other sessions), or sign out everywhere. */
export function AccountSection() {
  const t = useTranslations("settings.account");
  return (
    <section aria-labelledby="account-heading" className={styles.section}>
      <h2 id="account-heading">{t("heading")}</h2>
      <ChangePasswordForm />
      <SignOutEverywhere />
    </section>
  );
}

function ChangePasswordForm() {
  const t = useTranslations("settings.account");
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const currentId = useId();
  const nextId = useId();
  const messageId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    setBusy(true);
    setOutcome(undefined);
    try {
      const response = await fetch("/api/auth/change-password", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          currentPassword: String(data.get("currentPassword") ?? ""),
          newPassword: String(data.get("newPassword") ?? ""),
          revokeOtherSessions: true,
        }),
      });
      if (response.ok) {
        form.reset();
        setOutcome({ kind: "done", message: t("changed") });
      } else {
        setOutcome({ kind: "error", message: await authErrorMessage(response) });
      }
    } catch {
      setOutcome({ kind: "error", message: t("unreachable") });
    }
    setBusy(false);
  }

  return (
    <form onSubmit={submit} className={styles.createForm} aria-label={t("changePassword")}>
      <h3>{t("changePassword")}</h3>
      <label htmlFor={currentId}>{t("currentPassword")}</label>
      <input
        id={currentId}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        maxLength={PASSWORD_MAX}
        className={styles.input}
      />
      <label htmlFor={nextId}>{t("newPassword")}</label>
      <div className={styles.row}>
        <input
          id={nextId}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN}
          maxLength={PASSWORD_MAX}
          aria-describedby={outcome ? messageId : undefined}
          className={styles.input}
        />
        <button type="submit" disabled={busy} className={styles.primary}>
          {busy ? t("changing") : t("changePassword")}
        </button>
      </div>
      {outcome ? (
        <p
          id={messageId}
          role={outcome.kind === "error" ? "alert" : "status"}
          className={outcome.kind === "error" ? styles.error : styles.muted}
        >
          {outcome.message}
        </p>
      ) : null}
    </form>
  );
}

function SignOutEverywhere() {
  const t = useTranslations("settings.account");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function signOutEverywhere() {
    setBusy(true);
    setError(undefined);
    const problem = await signOut({ everywhere: true });
    if (problem) {
      setError(t("signOutEverywhereFailed", { problem }));
      setBusy(false);
      return;
    }
    // A full page load on purpose: every server component must see the changed session.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/sign-in");
  }

  return (
    <div className={styles.createForm}>
      <h3>{t("signOutEverywhere")}</h3>
      <p className={styles.muted}>{t("signOutEverywhereBody")}</p>
      <div className={styles.row}>
        <button
          type="button"
          className={styles.danger}
          onClick={() => void signOutEverywhere()}
          disabled={busy}
        >
          {busy ? t("signingOut") : t("signOutEverywhere")}
        </button>
      </div>
      {error ? (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
