/** The person's explicit theme choice, kept in a cookie so the server renders it (no flash). */
export const THEME_COOKIE = "taskchat-theme";

export type ThemeChoice = "light" | "dark";

export function parseThemeChoice(value: string | undefined): ThemeChoice | undefined {
  return value === "light" || value === "dark" ? value : undefined;
}
