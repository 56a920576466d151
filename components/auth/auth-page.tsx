import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentPageUser } from "@/lib/auth/page-session";
import { AuthForm, type AuthMode } from "./auth-form";

const TITLE = { "sign-in": "signIn", "sign-up": "signUp" } as const;

/** The sign-in or sign-up page's title (app.signIn, app.signUp). */
export function authPageMetadata(mode: AuthMode) {
  return async (): Promise<Metadata> => ({ title: (await getTranslations("app"))(TITLE[mode]) });
}

/** The sign-in or sign-up page: its form, or on to the chat for someone already signed in. */
export function authPage(mode: AuthMode) {
  return async function AuthPage() {
    if (await currentPageUser()) redirect("/");
    return <AuthForm mode={mode} />;
  };
}
