// An empty PostgreSQL database for a journey server (playwright.config.ts, STEPWISE_E2E_DATABASE=postgresql).
//   npx tsx e2e/fresh-database.ts NAME
import { onPostgresServer } from "../lib/testing/test-database";

const [database] = process.argv.slice(2);
if (!database || !/^\w+$/.test(database)) throw new Error("Give the database's name (letters, digits, _).");
await onPostgresServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`, `CREATE DATABASE "${database}"`);
