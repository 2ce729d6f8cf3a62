import { defineConfig } from "vitest/config";

/** The long-running robustness suite (`npm run test:robustness`), kept out of the default run. */
export default defineConfig({
  test: {
    include: ["test/robustness/**/*.test.ts"],
    exclude: ["**/node_modules/**", "dist/**"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: "forks",
    setupFiles: ["test/support/hold-mode-notices.ts"],
  },
});
