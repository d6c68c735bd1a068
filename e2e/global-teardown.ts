import { JOURNEY_DATABASES, JOURNEYS_ON_POSTGRES, REPLICAS_DATABASE } from "../playwright.config";
import { onPostgresServer } from "../lib/testing/test-database";

/** The run's PostgreSQL databases go with it (Playwright may stop their servers before they clean up). */
export default async function teardown() {
  const databases = [REPLICAS_DATABASE, ...(JOURNEYS_ON_POSTGRES ? JOURNEY_DATABASES : [])];
  await onPostgresServer(...databases.map((database) => `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
}
