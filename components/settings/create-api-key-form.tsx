"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { createApiKeyAction, type CreateApiKeyState } from "@/app/settings/actions";
import { API_KEY_NAME_MAX } from "@/lib/auth/api-key-limits";
import { NewApiKey } from "./new-api-key";
import styles from "./settings.module.css";

const initialState: CreateApiKeyState = { status: "idle" };

export function CreateApiKeyForm() {
  const t = useTranslations("settings.apiKeys");
  const [state, createKey, pending] = useActionState(createApiKeyAction, initialState);
  const nameId = useId();
  const errorId = useId();
  return (
    <>
      {/* A new key replaces the form until dismissed, so it cannot be scrolled past unseen. */}
      {state.status === "created" ? (
        <NewApiKey key={state.key} name={state.name} apiKey={state.key} />
      ) : null}
      <form action={createKey} className={styles.createForm}>
        <label htmlFor={nameId}>{t("keyName")}</label>
        <div className={styles.row}>
          <input
            id={nameId}
            name="name"
            required
            maxLength={API_KEY_NAME_MAX}
            placeholder={t("keyNamePlaceholder")}
            autoComplete="off"
            aria-invalid={state.status === "error"}
            aria-describedby={state.status === "error" ? errorId : undefined}
            className={styles.input}
          />
          <button type="submit" disabled={pending} className={styles.primary}>
            {pending ? t("creating") : t("create")}
          </button>
        </div>
        {state.status === "error" ? (
          <p id={errorId} role="alert" className={styles.error}>
            {state.message}
          </p>
        ) : null}
      </form>
    </>
  );
}
