import { REPLICAS_DATABASE } from "../playwright.config";
import { onPostgresServer } from "../lib/testing/test-database";

/** The replicas' database goes with the run (Playwright may stop their server before it cleans up). */
export default async function teardown() {
  await onPostgresServer(`DROP DATABASE IF EXISTS "${REPLICAS_DATABASE}" WITH (FORCE)`);
}
