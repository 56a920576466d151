import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { currentPageUser } from "@/lib/auth/page-session";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage() {
  if (await currentPageUser()) redirect("/");
  return <AuthForm mode="sign-up" />;
}
