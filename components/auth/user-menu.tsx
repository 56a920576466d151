"use client";

import { useDismiss } from "@/components/ui/use-dismiss";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { ReadAloudToggle } from "@/components/voice/read-aloud-toggle";
import { signOut as endSession } from "./sign-out";
import styles from "./user-menu.module.css";

/** The signed-in person's menu: who they are, settings, language, sign out. */
export function UserMenu({ name, email }: { name: string; email: string }) {
  const t = useTranslations("account");
  const [open, setOpen] = useState(false);
  const closeMenu = useCallback(() => setOpen(false), []);
  const [signingOut, setSigningOut] = useState(false);
  const [signOutError, setSignOutError] = useState<string>();

  const { root, toggle } = useDismiss(open, closeMenu);

  async function signOut() {
    setSigningOut(true);
    setSignOutError(undefined);
    const problem = await endSession();
    if (problem) {
      // Still signed in (e.g. 429 or 503): say so, never pretend it worked.
      setSignOutError(t("signOutFailed", { problem }));
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
        aria-label={t("label", { name })}
        onClick={() => setOpen((o) => !o)}
      >
        <span className={styles.avatar} aria-hidden="true">
          {(name.trim()[0] ?? "?").toUpperCase()}
        </span>
      </button>
      <div id="user-menu" className={styles.popup} hidden={!open}>
        <div className={styles.who}>
          <strong dir="auto" title={name}>
            {name}
          </strong>
          {/* Whole, never broken mid-address: an ellipsis on a narrow screen, the full one in the title. */}
          <span className={styles.email} title={email}>
            {email}
          </span>
        </div>
        <a className={styles.item} href="/settings">
          {t("settings")}
        </a>
        <LanguageSwitch />
        <ReadAloudToggle />
        <button
          type="button"
          className={styles.item}
          onClick={() => void signOut()}
          disabled={signingOut}
        >
          {signingOut ? t("signingOut") : t("signOut")}
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
