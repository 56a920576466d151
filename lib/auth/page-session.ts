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

/**
 * The headers of a page request (or server action) with only the cookie as a
 * credential. Pages are for browsers, which sign in by cookie; proxy.ts lets a page
 * through only with one. Were a bearer token accepted here, a bearer-only request
 * would bounce forever: proxy.ts sends it from `/` to `/sign-in`, which would see it
 * signed in and send it back to `/`.
 */
export async function pageRequestHeaders(): Promise<Headers> {
  const copy = new Headers(await headers());
  copy.delete("authorization");
  return copy;
}

/** The signed-in user of a server-rendered page, or undefined (verified, not just the cookie). */
export const currentPageUser = cache(async (): Promise<PageUser | undefined> => {
  const requestHeaders = await pageRequestHeaders();
  await ensureDatabaseReady();
  const session = await auth().api.getSession({ headers: requestHeaders });
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
