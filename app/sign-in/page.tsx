import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthForm } from "@/components/auth/auth-form";
import { currentPageUser } from "@/lib/auth/page-session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app"))("signIn") };
}

export default async function SignInPage() {
  if (await currentPageUser()) redirect("/");
  return <AuthForm mode="sign-in" />;
}
