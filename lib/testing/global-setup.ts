import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migratePostgres } from "@/lib/database/postgres-migrations";
import { onPostgresServer, postgresUrlOf, queryPostgres, testsOnPostgres } from "./test-database";

/**
 * Migrates one real database with the project's own migrations, once per run: a SQLite file, or a
 * PostgreSQL template database. Each test file then works on its own copy (setup-database.ts).
 */
export default async function setup(project: TestProject) {
  if (testsOnPostgres()) {
    const run = `stepwise_test_${randomBytes(4).toString("hex")}`;
    const template = `${run}_template`;
    await onPostgresServer(`CREATE DATABASE "${template}"`);
    await migratePostgres(postgresUrlOf(template));
    project.provide("databaseTemplate", template);
    return async () => {
      const made = await queryPostgres<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
        `${run}%`,
      ]);
      await onPostgresServer(...made.map((row) => `DROP DATABASE "${row.datname}" WITH (FORCE)`));
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "stepwise-test-"));
  const template = path.join(dir, "template.db");
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "pipe",
  });
  project.provide("databaseTemplate", template);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated SQLite file, or the PostgreSQL template database's name. */
    databaseTemplate: string;
  }
}
