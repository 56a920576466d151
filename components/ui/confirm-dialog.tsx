"use client";

import { DialogFooter, ModalDialog } from "./modal-dialog";
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

/** A modal question; Cancel has the focus, Escape cancels. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, body, confirmLabel, busy, error, onConfirm, onCancel } = props;
  return (
    <ModalDialog
      open={open}
      onCancel={onCancel}
      className={styles.dialog}
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
    >
      <h2 id="confirm-title" className={styles.title}>
        {title}
      </h2>
      <p id="confirm-body" className={styles.body}>
        {body}
      </p>
      <DialogFooter error={error} onCancel={onCancel} focusCancel classes={styles}>
        <button type="button" className="button button-danger" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
      </DialogFooter>
    </ModalDialog>
  );
}
