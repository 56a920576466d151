"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import styles from "./confirm-dialog.module.css";

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  busy?: boolean;
  error?: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal question (native <dialog>: focus is trapped, Escape cancels). */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, body, confirmLabel, busy, error, onConfirm, onCancel } = props;
  const t = useTranslations("common");
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-title" className={styles.title}>
        {title}
      </h2>
      <p id="confirm-body" className={styles.body}>
        {body}
      </p>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <div className={styles.actions}>
        <button type="button" className="button button-secondary" onClick={onCancel} autoFocus>
          {t("cancel")}
        </button>
        <button type="button" className="button button-danger" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
