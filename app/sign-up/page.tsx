import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthForm } from "@/components/auth/auth-form";
import { currentPageUser } from "@/lib/auth/page-session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app"))("signUp") };
}

export default async function SignUpPage() {
  if (await currentPageUser()) redirect("/");
  return <AuthForm mode="sign-up" />;
}
