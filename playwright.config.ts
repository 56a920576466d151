import { createHash } from "node:crypto";
import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// One port per checkout (so two working copies can run their suites at once), stable
// across Playwright's worker processes, which evaluate this file again.
const port =
  Number(process.env.E2E_PORT) ||
  3200 + (createHash("sha1").update(process.cwd()).digest().readUInt16BE(0) % 700);
const baseURL = `http://127.0.0.1:${port}`;

// A system Chromium when there is one (CI, Debian); else Playwright's own download.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) =>
  fs.existsSync(p),
);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: systemChromium,
      // Running as root in a container, on a machine whose network is closed.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium" }],
  // The production build on a fresh embedded database, with the local model.
  webServer: {
    command: `rm -rf .data/e2e && exec node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/auth/get-session`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      PGLITE_DIR: ".data/e2e/pglite",
      BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789",
      BETTER_AUTH_URL: baseURL,
      // Every test signs up its own user from one address.
      AUTH_RATE_LIMIT: "off",
      OPENAI_API_KEY: "",
      DATABASE_URL: "",
      // Reminders fall due within a second of their time (e2e/reminders.spec.ts).
      REMINDERS_TICK_MS: "1000",
    },
  },
});
