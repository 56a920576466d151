"use client";

import { useActionState, useId, useRef } from "react";
import { revokeApiKeyAction, type RevokeApiKeyState } from "@/app/settings/actions";
import styles from "./settings.module.css";

const initialState: RevokeApiKeyState = { status: "idle" };

/** Revoking cannot be undone, so it asks first (a modal dialog, keyboard-friendly). */
export function RevokeApiKeyButton({ keyId, name }: { keyId: string; name: string }) {
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
        aria-label={`Revoke ${name}`}
        className={styles.danger}
      >
        Revoke
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className={styles.dialog}>
        <h3 id={titleId}>Revoke “{name}”?</h3>
        <p>Clients using this key stop working at once. This cannot be undone.</p>
        {state.status === "error" ? (
          <p role="alert" className={styles.error}>
            {state.message}
          </p>
        ) : null}
        <form action={revoke} className={styles.row}>
          <input type="hidden" name="keyId" value={keyId} />
          <button type="submit" disabled={pending} className={styles.danger}>
            {pending ? "Revoking…" : "Revoke key"}
          </button>
          <button
            ref={cancel}
            type="button"
            onClick={() => dialog.current?.close()}
            className={styles.secondary}
          >
            Cancel
          </button>
        </form>
      </dialog>
    </>
  );
}
