import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { POSTGRES_MIGRATIONS_TABLE } from "./history";

export { POSTGRES_MIGRATIONS_TABLE };

/*
 * PostgreSQL's migrations, applied by Stepwise itself: Prisma 6.19's `migrate deploy` fails through
 * the pg driver adapter (prisma/orm#27403, ../shared/docs/environment.md). Each migration runs in
 * its own transaction and is recorded with its checksum; an advisory lock makes replicas that
 * start at once take turns, so one applies and the others find the work done.
 */

export const POSTGRES_MIGRATIONS_DIR = path.join("prisma", "postgresql", "migrations");
/** The advisory lock's key: any constant every replica shares ("stepwise" as digits on a phone pad). */
const MIGRATION_LOCK = 78_379_473;

export type ShippedMigration = { name: string; sql: string; checksum: string };

export function shippedPostgresMigrations(dir = POSTGRES_MIGRATIONS_DIR): ShippedMigration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Applies the shipped migrations the database lacks, then runs `andThen` (the demo seed) while
 * still holding the lock, so a second replica neither migrates nor seeds twice. Refuses a database
 * whose applied migration no longer matches the shipped file.
 */
export async function migratePostgres(
  connectionString: string,
  options: { andThen?: () => Promise<void>; dir?: string } = {},
): Promise<{ applied: string[] }> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS "${POSTGRES_MIGRATIONS_TABLE}" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const done = new Map(
      (
        await client.query<{ name: string; checksum: string }>(
          `SELECT "name", "checksum" FROM "${POSTGRES_MIGRATIONS_TABLE}"`,
        )
      ).rows.map((row) => [row.name, row.checksum]),
    );
    const applied: string[] = [];
    for (const migration of shippedPostgresMigrations(options.dir)) {
      const checksum = done.get(migration.name);
      if (checksum === migration.checksum) continue;
      if (checksum)
        throw new Error(
          `Migration ${migration.name} was changed after this database applied it: restore the file as it was.`,
        );
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(`INSERT INTO "${POSTGRES_MIGRATIONS_TABLE}" ("name", "checksum") VALUES ($1, $2)`, [
          migration.name,
          migration.checksum,
        ]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
      }
      applied.push(migration.name);
    }
    await options.andThen?.();
    return { applied };
  } finally {
    // Ending the session releases the lock too; unlocking first lets a waiting replica go at once.
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}
