import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { THEME_COOKIE, parseThemeChoice } from "@/components/ui/theme";
import { directionOf, isLocale, DEFAULT_LOCALE } from "@/i18n/locales";
import { PageTextMessages } from "@/components/i18n/page-text-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return {
    title: { default: "Taskchat", template: "%s · Taskchat" },
    description: t("description"),
  };
}

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
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return (
    <html lang={locale} dir={directionOf(locale)} data-theme={theme}>
      <body>
        {/* Messages and locale come from i18n/request.ts; client components read them here. */}
        <NextIntlClientProvider>
          <PageTextMessages />
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
