import { copyFileSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { onPostgresServer, postgresUrlOf, testsOnPostgres } from "./test-database";

// A fresh copy of the migrated template for every test file, set before lib/db.ts is imported.
const template = inject("databaseTemplate");
const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
if (testsOnPostgres()) {
  const database = `${template.replace(/_template$/, "")}_${suffix}`;
  await onPostgresServer(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
  process.env.DATABASE_URL = postgresUrlOf(database);
} else {
  const file = path.join(path.dirname(template), `${suffix}.db`);
  copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
}
