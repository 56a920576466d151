import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { THEME_COOKIE, parseThemeChoice } from "@/components/ui/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Taskchat", template: "%s · Taskchat" },
  description: "Manage your todo list by talking to it.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f7f8" },
    { media: "(prefers-color-scheme: dark)", color: "#141517" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Without a stored choice the theme follows the system (CSS prefers-color-scheme).
  const theme = parseThemeChoice((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" data-theme={theme}>
      <body>{children}</body>
    </html>
  );
}
