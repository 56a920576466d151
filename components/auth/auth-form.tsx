"use client";

import { useTranslations } from "next-intl";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { pageText } from "@/components/i18n/page-text";
import Link from "next/link";
import { useState, type FormEvent, type InputHTMLAttributes } from "react";
import { NAME_MAX, PASSWORD_MAX, PASSWORD_MIN, nameProblem } from "@/lib/auth/account-limits";
import { browserTimeZone } from "@/components/tasks/rich-task";
import { saveTimeZone } from "@/components/tasks/time-zone";
import { authErrorMessage } from "./auth-errors";
import styles from "./auth-form.module.css";

export type AuthMode = "sign-in" | "sign-up";

/** Each mode's message keys (auth.*) and the other mode's page. */
const COPY = {
  "sign-in": {
    title: "signInTitle",
    submit: "signIn",
    busy: "signingIn",
    switchText: "newHere",
    switchLink: "createAccountLink",
    switchHref: "/sign-up",
  },
  "sign-up": {
    title: "signUpTitle",
    submit: "createAccount",
    busy: "creatingAccount",
    switchText: "haveAccount",
    switchLink: "signIn",
    switchHref: "/sign-in",
  },
} as const;

/** Sign-in and sign-up against Better Auth's endpoints; on success, on to the chat. */
export function AuthForm({ mode }: { mode: AuthMode }) {
  const t = useTranslations("auth");
  const copy = COPY[mode];
  const signingUp = mode === "sign-up";
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  function fail(message: string) {
    setError(message);
    setBusy(false);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const name = String(form.get("name") ?? "").trim();
    const problem = signingUp
      ? (nameProblem(name) ??
        (password.length < PASSWORD_MIN ? t("passwordTooShort", { min: PASSWORD_MIN }) : undefined))
      : undefined;
    // The server checks the password's strength and says why it refuses one (shown below).
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch(`/api/auth/${mode}/email`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(signingUp ? { name, email, password } : { email, password }),
      });
      if (!response.ok) return fail(await authErrorMessage(response));
      // The new account's zone is the browser's (the app also checks it on first visit).
      if (signingUp) await saveTimeZone(browserTimeZone());
      // A full page load on purpose: every server component must see the changed session.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign("/");
    } catch {
      fail(pageText("unreachable"));
    }
  }

  return (
    <main className={styles.page}>
      <div className={styles.card}>
        <div className={styles.brand} aria-hidden="true">
          <span className={styles.logo}>✓</span> Taskchat
        </div>
        <h1 className={styles.title}>{t(copy.title)}</h1>
        <form className={styles.form} onSubmit={submit} noValidate={false}>
          {signingUp && (
            <Field label={t("name")} name="name" autoComplete="name" maxLength={NAME_MAX} />
          )}
          <Field label={t("email")} name="email" type="email" autoComplete="email" />
          <Field
            label={t("password")}
            name="password"
            type="password"
            autoComplete={signingUp ? "new-password" : "current-password"}
            maxLength={PASSWORD_MAX}
            hint={signingUp ? t("passwordHint", { min: PASSWORD_MIN }) : undefined}
          />
          <div role="alert" className={styles.error}>
            {error}
          </div>
          <button className="button" type="submit" disabled={busy}>
            {busy ? t(copy.busy) : t(copy.submit)}
          </button>
        </form>
        <p className={styles.switch}>
          {t(copy.switchText)} <Link href={copy.switchHref}>{t(copy.switchLink)}</Link>
        </p>
        {/* Before an account exists, the language can be chosen here as well as from the menu. */}
        <LanguageSwitch />
      </div>
    </main>
  );
}

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  name: string;
  /** Said under the input, and read with it by screen readers. */
  hint?: string;
}

/** A required input with its label (and hint) around it. */
function Field({ label, hint, ...input }: FieldProps) {
  const hintId = `${input.name}-hint`;
  return (
    <label className={styles.field}>
      <span>{label}</span>
      <input className="input" required aria-describedby={hint ? hintId : undefined} {...input} />
      {hint && (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      )}
    </label>
  );
}
