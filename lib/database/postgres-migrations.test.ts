import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { onPostgresServer, postgresUrlOf, queryPostgres, testsOnPostgres } from "@/lib/testing/test-database";
import { migratePostgres, POSTGRES_MIGRATIONS_TABLE, shippedPostgresMigrations } from "./postgres-migrations";

/* Stepwise's own PostgreSQL migrations against the real server: replicas take turns, nothing half-applied. */

const run = promisify(execFile);
const made: string[] = [];
async function freshDatabase(): Promise<string> {
  const name = `stepwise_migrate_${Math.random().toString(36).slice(2, 10)}`;
  await onPostgresServer(`CREATE DATABASE "${name}"`);
  made.push(name);
  return postgresUrlOf(name);
}
afterEach(async () => {
  await onPostgresServer(...made.splice(0).map((name) => `DROP DATABASE "${name}" WITH (FORCE)`));
});

describe.skipIf(testsOnPostgres())("PostgreSQL migrations", { timeout: 120_000 }, () => {
  it("two replicas starting at once: one applies and seeds, the other waits and finds it done", async () => {
    const url = await freshDatabase();
    const spans: { start: number; end: number }[] = [];
    const seed = async () => {
      const start = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 300));
      spans.push({ start, end: Date.now() });
    };
    const [first, second] = await Promise.all([
      migratePostgres(url, { andThen: seed }),
      migratePostgres(url, { andThen: seed }),
    ]);
    expect([first.applied, second.applied].flat()).toEqual(shippedPostgresMigrations().map((m) => m.name));
    // The seeds ran one after the other, never side by side.
    spans.sort((a, b) => a.start - b.start);
    expect(spans[1]!.start).toBeGreaterThanOrEqual(spans[0]!.end);
    const recorded = await queryPostgres<{ name: string }>(
      `SELECT "name" FROM "${POSTGRES_MIGRATIONS_TABLE}"`,
      [],
      url,
    );
    expect(recorded).toHaveLength(shippedPostgresMigrations().length);
  });

  it("as two real `npm run db:prepare` processes: the demo is written once", async () => {
    const url = await freshDatabase();
    const prepare = () =>
      run("npm", ["run", "--silent", "db:prepare"], { env: { ...process.env, DATABASE_URL: url }, timeout: 120_000 });
    const outputs = (await Promise.all([prepare(), prepare()])).map((result) => result.stdout).join("\n");
    expect(outputs.match(/demo data: seeded/g)).toHaveLength(1);
    expect(outputs.match(/demo data: skipped: database has data/g)).toHaveLength(1);
    const campaigns = await queryPostgres<{ count: string }>(`SELECT COUNT(*) AS count FROM "Campaign"`, [], url);
    expect(Number(campaigns[0]!.count)).toBe(2);
  });

  it("rolls a failing migration back whole and refuses one changed after it was applied", async () => {
    const url = await freshDatabase();
    const dir = mkdtempSync(path.join(os.tmpdir(), "stepwise-migrations-"));
    const migration = (name: string, sql: string) => {
      mkdirSync(path.join(dir, name));
      writeFileSync(path.join(dir, name, "migration.sql"), sql);
    };
    migration("1_table", 'CREATE TABLE "Thing" ("id" TEXT PRIMARY KEY);');
    migration("2_broken", 'ALTER TABLE "Thing" ADD COLUMN "name" TEXT;\nALTER TABLE "Nowhere" ADD COLUMN "x" TEXT;');
    await expect(migratePostgres(url, { dir })).rejects.toThrow(/Migration 2_broken failed and was rolled back/);
    const columns = await queryPostgres<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'Thing'`,
      [],
      url,
    );
    expect(columns.map((c) => c.column_name)).toEqual(["id"]);
    expect(
      (await queryPostgres<{ name: string }>(`SELECT "name" FROM "${POSTGRES_MIGRATIONS_TABLE}"`, [], url)).map(
        (r) => r.name,
      ),
    ).toEqual(["1_table"]);

    writeFileSync(path.join(dir, "1_table", "migration.sql"), 'CREATE TABLE "Thing" ("id" INTEGER PRIMARY KEY);');
    await expect(migratePostgres(url, { dir })).rejects.toThrow(/1_table was changed after this database applied it/);
  });
});
