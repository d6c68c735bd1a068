import { defineConfig } from "@playwright/test";
import { postgresUrlOf } from "./lib/testing/test-database";

/*
 * The journeys run against the production build, started on its own SQLite file (or, with
 * STEPWISE_E2E_DATABASE=postgresql, its own PostgreSQL database) with fresh demo data, in Debian's
 * Chromium (CHROMIUM_PATH to use another). One worker: the journeys share the database.
 */
const PORT = Number(process.env.E2E_PORT ?? 3210);
/** A second instance for the live-view journeys: its simulated fleet starts fresh and rolls fast. */
export const FLEET_PORT = PORT + 1;
/** Two replicas on one PostgreSQL database (e2e/replicas-server.ts). */
export const REPLICA_PORTS = [PORT + 2, PORT + 3] as const;
export const REPLICAS_DATABASE = "stepwise_e2e_replicas";
/** STEPWISE_E2E_DATABASE=postgresql: every journey's server on its own PostgreSQL database, made afresh. */
export const JOURNEYS_ON_POSTGRES = process.env.STEPWISE_E2E_DATABASE === "postgresql";
/** The servers' databases by name (a SQLite file, or a PostgreSQL database of the same name). */
export const JOURNEY_DATABASES = ["stepwise_e2e_main", "stepwise_e2e_fleet"] as const;
const prepared = (database: (typeof JOURNEY_DATABASES)[number]) => ({
  DATABASE_URL: JOURNEYS_ON_POSTGRES ? postgresUrlOf(database) : `file:${process.cwd()}/.e2e/${database}.db`,
  NEXT_TELEMETRY_DISABLED: "1",
});
/** Before `npm run db:prepare`: an empty database (PostgreSQL; a SQLite file starts empty by itself). */
const fresh = (database: string) =>
  JOURNEYS_ON_POSTGRES ? `npx tsx --tsconfig tsconfig.json e2e/fresh-database.ts ${database} && ` : "";

export default defineConfig({
  testDir: "e2e",
  globalTeardown: "./e2e/global-teardown.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // Without the network flags Chromium calls home at start and this machine's closed network refuses it.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // Started one after the other, so only the first builds.
  webServer: [
    {
      command: `rm -rf .e2e && mkdir -p .e2e && ${fresh(JOURNEY_DATABASES[0])}npm run db:prepare && node scripts/build-once.mjs && node scripts/serve.mjs --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}`,
      env: prepared(JOURNEY_DATABASES[0]),
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `${fresh(JOURNEY_DATABASES[1])}npm run db:prepare && node scripts/serve.mjs --port ${FLEET_PORT}`,
      url: `http://127.0.0.1:${FLEET_PORT}`,
      // A tick slow enough that the first scan after the replay (every cluster's discovery and
      // pre-upgrade reads) still sees the rollout's first hop on a loaded CI machine.
      env: {
        ...prepared(JOURNEY_DATABASES[1]),
        STEPWISE_SIMULATION_TICK_MS: "1200",
        STEPWISE_FLEET_REFRESH_SECONDS: "1",
      },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `npx tsx --tsconfig tsconfig.json e2e/replicas-server.ts ${REPLICAS_DATABASE} ${REPLICA_PORTS.join(" ")}`,
      // The second replica is waited for by the journeys themselves.
      url: `http://127.0.0.1:${REPLICA_PORTS[0]}/readyz`,
      env: { NEXT_TELEMETRY_DISABLED: "1" },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
