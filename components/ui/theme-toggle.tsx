"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { THEME_COOKIE, type ThemeChoice } from "./theme";
import { IconButton } from "./icons";

const CHANGE_EVENT = "taskchat-theme-change";
const DARK_QUERY = "(prefers-color-scheme: dark)";

function subscribe(onChange: () => void) {
  const list = window.matchMedia(DARK_QUERY);
  list.addEventListener("change", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    list.removeEventListener("change", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** The theme in effect: the person's choice, else the system's. */
function isDark(): boolean {
  const choice = document.documentElement.dataset.theme;
  if (choice === "dark" || choice === "light") return choice === "dark";
  return window.matchMedia(DARK_QUERY).matches;
}

function choose(theme: ThemeChoice) {
  document.documentElement.dataset.theme = theme;
  document.cookie = `${THEME_COOKIE}=${theme}; path=/; max-age=31536000; samesite=lax`;
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Light/dark switch; without a choice the theme follows the system. */
export function ThemeToggle() {
  const t = useTranslations("header");
  const dark = useSyncExternalStore(subscribe, isDark, () => false);
  return (
    <IconButton
      icon={dark ? "sun" : "moon"}
      label={t("darkTheme")}
      aria-pressed={dark}
      title={dark ? t("toLight") : t("toDark")}
      onClick={() => choose(dark ? "light" : "dark")}
    />
  );
}
