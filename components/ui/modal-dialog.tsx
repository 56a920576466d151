"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, type DialogHTMLAttributes, type ReactNode } from "react";

interface ModalDialogProps extends Omit<
  DialogHTMLAttributes<HTMLDialogElement>,
  "open" | "onCancel"
> {
  /** Shown while true; a dialog that lives only while it is shown leaves it out. */
  open?: boolean;
  /** Escape: the owner decides what closing means (it may be busy, or keep state). */
  onCancel(): void;
}

/** A modal (native <dialog>: focus is trapped, Escape cancels), shown while `open`. */
export function ModalDialog({ open = true, onCancel, children, ...attributes }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
    // Closed, not just removed, when its owner goes: closing gives the focus back.
    return () => element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      {...attributes}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}

interface DialogFooterProps {
  /** What went wrong, announced above the buttons. */
  error?: string;
  onCancel(): void;
  /** Cancel takes the focus: the safe choice of a question whose answer cannot be undone. */
  focusCancel?: boolean;
  /** The dialog's own classes for the error line and the button row (each spaces them its way). */
  classes: { error?: string; actions?: string };
  /** The dialog's action, after Cancel. */
  children: ReactNode;
}

/** A dialog's last lines: what went wrong, if anything, then Cancel and the dialog's action. */
export function DialogFooter({
  error,
  onCancel,
  focusCancel,
  classes,
  children,
}: DialogFooterProps) {
  const t = useTranslations("common");
  return (
    <>
      {error && (
        <p role="alert" className={classes.error}>
          {error}
        </p>
      )}
      <div className={classes.actions}>
        <button
          type="button"
          className="button button-secondary"
          onClick={onCancel}
          autoFocus={focusCancel}
        >
          {t("cancel")}
        </button>
        {children}
      </div>
    </>
  );
}
