import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "lib/**/*.test.ts",
            "db/**/*.test.ts",
            "components/**/*.test.ts",
            "i18n/**/*.test.ts",
          ],
          // Each file gets its own empty PGlite folder (opened only if the file uses it).
          setupFiles: ["test/support/unit-setup.ts"],
          testTimeout: 30_000,
          // Starting and migrating a PGlite is seconds of CPU; on a busy machine, more.
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Servers and databases are shared per file; files run one at a time to stay within 2 cores.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // `npm run test:reliability`: several servers, the Postgres server, cut connections.
          name: "reliability",
          include: ["test/reliability/**/*.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
