"use client";

import { useEffect, useRef, useState } from "react";
import { signOut as endSession } from "./sign-out";
import styles from "./user-menu.module.css";

/** The signed-in person's menu: who they are, settings, sign out. */
export function UserMenu({ name, email }: { name: string; email: string }) {
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const [signOutError, setSignOutError] = useState<string>();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  async function signOut() {
    setSigningOut(true);
    setSignOutError(undefined);
    const problem = await endSession();
    if (problem) {
      // Still signed in (e.g. 429 or 503): say so, never pretend it worked.
      setSignOutError(`Couldn't sign out. ${problem}`);
      setSigningOut(false);
      return;
    }
    // A full page load on purpose: every server component must see the changed session.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/sign-in");
  }

  return (
    <div className={styles.menu} ref={root}>
      <button
        ref={toggle}
        type="button"
        className={styles.trigger}
        aria-expanded={open}
        aria-controls="user-menu"
        aria-label={`Account: ${name}`}
        onClick={() => setOpen((o) => !o)}
      >
        <span className={styles.avatar} aria-hidden="true">
          {(name.trim()[0] ?? "?").toUpperCase()}
        </span>
      </button>
      <div id="user-menu" className={styles.popup} hidden={!open}>
        <div className={styles.who}>
          <strong>{name}</strong>
          <span>{email}</span>
        </div>
        <a className={styles.item} href="/settings">
          Settings
        </a>
        <button
          type="button"
          className={styles.item}
          onClick={() => void signOut()}
          disabled={signingOut}
        >
          {signingOut ? "Signing out…" : "Sign out"}
        </button>
        {signOutError && (
          <p role="alert" className={styles.error}>
            {signOutError}
          </p>
        )}
      </div>
    </div>
  );
}
