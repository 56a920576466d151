import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { ensureDatabaseReady } from "@/db/ready";
import { auth } from "./auth";

export interface PageUser {
  id: string;
  name: string;
  email: string;
}

/** The signed-in user of a server-rendered page, or undefined (verified, not just the cookie). */
export const currentPageUser = cache(async (): Promise<PageUser | undefined> => {
  await ensureDatabaseReady();
  const session = await auth().api.getSession({ headers: await headers() });
  if (!session) return undefined;
  const { id, name, email } = session.user;
  return { id, name, email };
});

/** For pages that need a signed-in user: anyone else goes to sign-in. */
export async function requirePageUser(): Promise<PageUser> {
  const user = await currentPageUser();
  if (!user) redirect("/sign-in");
  return user;
}
