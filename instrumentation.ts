// Next.js calls `register` once when a server process starts. A configuration that
// cannot work stops the server here with one clear sentence, instead of a server that
// says "Ready" and then answers 500; then we migrate, so the first visitor does not wait.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, isBuildPhase } = await import("@/lib/env");
  if (isBuildPhase()) return;
  try {
    env();
    const { authSecret } = await import("@/lib/auth/secret");
    authSecret();
  } catch (error) {
    console.error(`[taskchat] cannot start: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  const { ensureDatabaseReady } = await import("@/lib/server/ready");
  try {
    await ensureDatabaseReady();
  } catch (error) {
    // Requests retry the migration; the server stays up to answer 503s meanwhile.
    console.error(
      "[taskchat] database not ready at startup:",
      error instanceof Error ? error.message : error,
    );
  }
}
