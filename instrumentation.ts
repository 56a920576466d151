// Next.js calls `register` once when a server process starts: migrate then, so the
// first visitor does not wait and a misconfigured database shows up in the logs at once.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isBuildPhase } = await import("@/lib/env");
  if (isBuildPhase()) return;
  // Before any request: per-client limits key on the socket address (lib/http/client-address.ts).
  const { stampPeerAddresses } = await import("@/lib/server/peer-address");
  stampPeerAddresses();
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
