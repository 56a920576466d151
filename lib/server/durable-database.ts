import { chooseDriver } from "@/db/connect";
import type { Env } from "@/lib/env";

export const EMBEDDED_DATABASE_ON_VERCEL =
  "DATABASE_URL is not set, and the embedded database cannot run on Vercel: its file system is not kept between requests or deployments, so every task would be lost. Connect a Neon database to the project (Vercel → Storage → Create Database → Neon), which sets DATABASE_URL, then redeploy. See docs/deploy.md.";

/** True where the embedded database would lose data: on Vercel (VERCEL is set there). */
export function embeddedDatabaseOnVercel(config: Env): boolean {
  if (!config.VERCEL) return false;
  return chooseDriver({ url: config.DATABASE_URL, driver: config.DATABASE_DRIVER }) === "pglite";
}

/** Refuses a configuration whose data would not survive (docs/decisions/016-vercel-deployment.md). */
export function assertDurableDatabase(config: Env): void {
  if (embeddedDatabaseOnVercel(config)) throw new Error(EMBEDDED_DATABASE_ON_VERCEL);
}
