"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useRef } from "react";
import { revokeApiKeyAction, type RevokeApiKeyState } from "@/app/settings/actions";
import styles from "./settings.module.css";

const initialState: RevokeApiKeyState = { status: "idle" };

/** Revoking cannot be undone, so it asks first (a modal dialog, keyboard-friendly). */
export function RevokeApiKeyButton({ keyId, name }: { keyId: string; name: string }) {
  const t = useTranslations("settings.apiKeys");
  const tCommon = useTranslations("common");
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [state, revoke, pending] = useActionState(revokeApiKeyAction, initialState);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        onClick={() => {
          dialog.current?.showModal();
          // The safe choice has the focus, so Enter does not revoke by accident.
          cancel.current?.focus();
        }}
        aria-label={t("revokeLabel", { name })}
        className={styles.danger}
      >
        {t("revoke")}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className={styles.dialog}>
        <h3 id={titleId}>{t("revokeTitle", { name })}</h3>
        <p>{t("revokeBody")}</p>
        {state.status === "error" ? (
          <p role="alert" className={styles.error}>
            {state.message}
          </p>
        ) : null}
        <form action={revoke} className={styles.row}>
          <input type="hidden" name="keyId" value={keyId} />
          <button type="submit" disabled={pending} className={styles.danger}>
            {pending ? t("revoking") : t("revokeKey")}
          </button>
          <button
            ref={cancel}
            type="button"
            onClick={() => dialog.current?.close()}
            className={styles.secondary}
          >
            {tCommon("cancel")}
          </button>
        </form>
      </dialog>
    </>
  );
}
