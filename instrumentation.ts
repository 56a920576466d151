// Next.js calls `register` once when a server process starts. The work lives in a
// Node-only module: this file is also compiled for the edge runtime.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isBuildPhase } = await import("@/lib/env");
  if (isBuildPhase()) return;
  const { startServerProcess } = await import("@/lib/server/startup");
  await startServerProcess();
}
