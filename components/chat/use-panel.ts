"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * A side panel that becomes an overlay (drawer or sheet) on small screens: opening it
 * moves focus in, Escape closes it and gives focus back to its toggle.
 */
export function usePanel(compact: boolean) {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);

  const close = useCallback(() => setOpen(false), []);
  const toggle = useCallback(() => setOpen((o) => !o), []);

  useEffect(() => {
    if (!open || !compact) return;
    const panel = panelRef.current;
    panel?.querySelector<HTMLElement>("a, button:not([disabled]), input, textarea")?.focus();
    const toggleButton = toggleRef.current;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || document.querySelector("dialog[open]")) return;
      setOpen(false);
      toggleButton?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open, compact]);

  return { open: open && compact, toggle, close, toggleRef, panelRef };
}
