import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "components/**/*.test.ts"],
    globalSetup: ["./lib/testing/global-setup.ts"],
    setupFiles: ["./lib/testing/setup-database.ts"],
    // "server-only" refuses to load outside React Server Components; the tests are server code too.
    alias: { "server-only": new URL("./lib/testing/empty-module.ts", import.meta.url).pathname },
    pool: "forks",
  },
});
