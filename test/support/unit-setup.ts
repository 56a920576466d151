// Setup for every unit test file: its own empty PGlite folder and a fixed auth secret,
// whatever the developer's shell says. Nothing opens until a test touches the database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "taskchat-unit-"));
process.env.PGLITE_DIR = path.join(root, "pglite");
process.env.BETTER_AUTH_SECRET = "unit-secret-unit-secret-unit-secret-0123456789";
for (const name of ["DATABASE_URL", "DATABASE_DRIVER", "NEON_WS_PROXY", "OPENAI_API_KEY"]) {
  delete process.env[name];
}

afterAll(async () => {
  const { closeDatabase } = await import("@/db");
  await closeDatabase();
  fs.rmSync(root, { recursive: true, force: true });
});
