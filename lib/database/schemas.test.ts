import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { onPostgresServer, postgresUrlOf, testsOnPostgres } from "@/lib/testing/test-database";
import { migratePostgres } from "./postgres-migrations";
import { POSTGRES_SCHEMA_PATH, postgresSchemaOf } from "./postgres-schema";

/*
 * One schema, two databases: PostgreSQL's Prisma schema is derived from SQLite's, and each
 * database's migrations, applied from nothing, build exactly what the models say (tables, columns,
 * types, defaults, indexes, keys), plus the one thing the models cannot say.
 */

const run = promisify(execFile);
const dir = mkdtempSync(path.join(os.tmpdir(), "stepwise-schemas-"));
/** What the migrations add beyond the models: at most one running campaign (a partial unique index). */
const BEYOND_THE_MODELS = ["Campaign_one_running"];

/** The SQL Prisma would write for a schema from nothing. */
async function fromEmpty(schema: string): Promise<string> {
  const { stdout } = await run(
    "npx",
    ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", schema, "--script"],
    // The config's SQLite adapter opens DATABASE_URL even for a diff that needs no database.
    { env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "diff.db")}` }, timeout: 120_000 },
  );
  return stdout;
}

async function sqliteCatalog(file: string) {
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}` }) });
  try {
    const objects = await client.$queryRawUnsafe<
      { type: string; name: string; tbl_name: string; sql: string | null }[]
    >(
      `SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`,
    );
    const columns = [];
    for (const table of objects.filter((object) => object.type === "table"))
      for (const column of await client.$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info('${table.name}') ORDER BY name`,
      ))
        columns.push({ table: table.name, ...column });
    const indexes = objects
      .filter((object) => object.type === "index")
      .map((index) => `${index.name}: ${index.sql?.replace(/\s+/g, " ")}`);
    const foreignKeys = [];
    for (const table of objects.filter((object) => object.type === "table"))
      for (const key of await client.$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list('${table.name}') ORDER BY "from"`,
      ))
        foreignKeys.push({ in: table.name, ...key });
    return { columns, indexes: indexes.sort(), foreignKeys };
  } finally {
    await client.$disconnect();
  }
}

async function postgresCatalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const query = async (sql: string) => (await client.query(sql)).rows;
    return {
      columns: await query(
        `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name <> '_stepwise_migrations' ORDER BY table_name, column_name`,
      ),
      indexes: await query(
        `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_stepwise_migrations' ORDER BY indexname`,
      ),
      constraints: await query(
        `SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
         WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_stepwise_migrations' ORDER BY 1, 2`,
      ),
    };
  } finally {
    await client.end();
  }
}

const without = <T extends Record<string, unknown>>(rows: T[], key: keyof T) =>
  rows.filter((row) => !BEYOND_THE_MODELS.some((name) => String(row[key]).startsWith(name)));

describe.skipIf(testsOnPostgres())("one schema, two databases", { timeout: 240_000 }, () => {
  it("PostgreSQL's Prisma schema is what `npm run db:schemas` derives from SQLite's", () => {
    expect(readFileSync(POSTGRES_SCHEMA_PATH, "utf8")).toBe(
      postgresSchemaOf(readFileSync("prisma/schema.prisma", "utf8")),
    );
  });

  it("SQLite's migrations build what the models say", async () => {
    const migrated = path.join(dir, "migrated.db");
    await run("npx", ["prisma", "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: `file:${migrated}` },
      timeout: 120_000,
    });
    const modelled = path.join(dir, "modelled.db");
    const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${modelled}` }) });
    // Prisma's DDL, one statement at a time (the driver runs one per call).
    for (const statement of (await fromEmpty("prisma/schema.prisma")).split(/;\s*\n/).filter((s) => s.trim()))
      await client.$executeRawUnsafe(statement);
    await client.$disconnect();
    const [fromMigrations, fromModels] = await Promise.all([sqliteCatalog(migrated), sqliteCatalog(modelled)]);
    expect(fromModels.columns.length).toBeGreaterThan(150);
    expect(fromModels.foreignKeys.length).toBeGreaterThan(20);
    expect(fromMigrations.indexes.filter((index) => index.startsWith("Campaign_one_running"))).toHaveLength(1);
    expect({
      ...fromMigrations,
      indexes: fromMigrations.indexes.filter((i) => !i.startsWith("Campaign_one_running")),
    }).toEqual(fromModels);
  });

  it("PostgreSQL's migrations build what the models say", async () => {
    const suffix = Math.random().toString(36).slice(2, 10);
    const [migrated, modelled] = [`stepwise_schema_m_${suffix}`, `stepwise_schema_s_${suffix}`];
    await onPostgresServer(`CREATE DATABASE "${migrated}"`, `CREATE DATABASE "${modelled}"`);
    try {
      await migratePostgres(postgresUrlOf(migrated));
      const client = new pg.Client({ connectionString: postgresUrlOf(modelled) });
      await client.connect();
      await client.query(await fromEmpty(POSTGRES_SCHEMA_PATH));
      await client.end();
      const [fromMigrations, fromModels] = await Promise.all([
        postgresCatalog(postgresUrlOf(migrated)),
        postgresCatalog(postgresUrlOf(modelled)),
      ]);
      expect(fromModels.columns.length).toBeGreaterThan(150);
      expect(fromMigrations.indexes.map((index) => index.indexname)).toContain("Campaign_one_running");
      expect({ ...fromMigrations, indexes: without(fromMigrations.indexes, "indexname") }).toEqual(fromModels);
    } finally {
      await onPostgresServer(`DROP DATABASE "${migrated}" WITH (FORCE)`, `DROP DATABASE "${modelled}" WITH (FORCE)`);
    }
  });
});
