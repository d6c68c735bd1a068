import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { migratePostgres } from "@/lib/database/postgres-migrations";
import { onPostgresServer, postgresUrlOf } from "@/lib/testing/test-database";
import { BACKUP_TABLES, LEFT_BEHIND } from "./backup";

/* `stepwise export` and `import` as an operator runs them: real processes, two real database files. */

const run = promisify(execFile);
const dir = mkdtempSync(path.join(os.tmpdir(), "stepwise-backup-"));
const urlOf = (name: string) => `file:${path.join(dir, name)}`;

async function stepwise(databaseUrl: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["scripts/stepwise.mjs", ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

const prepare = (databaseUrl: string, script: string) =>
  run("npm", ["run", "--silent", script], { env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 120_000 });

describe("stepwise export and import", { timeout: 240_000 }, () => {
  it("moves the demo into an empty database with nothing lost, and refuses a second import or a wrong file", async () => {
    const [from, to] = [urlOf("from.db"), urlOf("to.db")];
    await prepare(from, "db:prepare");
    await run("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: to }, timeout: 120_000 });

    const exported = await stepwise(from, "export");
    expect(exported.code).toBe(0);
    const backup = JSON.parse(exported.stdout) as { tables: Record<string, unknown[]>; exportedAt: string };
    expect(backup.tables.component!.length).toBeGreaterThan(30);
    const file = path.join(dir, "backup.json");
    writeFileSync(file, exported.stdout);

    const imported = await stepwise(to, "import", file);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Imported \d+ rows/);

    // Export the copy: every table, row for row, field for field, the same as the original.
    const again = JSON.parse((await stepwise(to, "export")).stdout) as typeof backup;
    expect({ ...again, exportedAt: "" }).toEqual({ ...backup, exportedAt: "" });

    const twice = await stepwise(to, "import", file);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("already holds a team or a campaign");

    const wrong = path.join(dir, "wrong.json");
    writeFileSync(wrong, JSON.stringify({ format: "stepwise-backup", version: 99, tables: {} }));
    const refused = await stepwise(urlOf("empty.db"), "import", wrong);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("version 99");
  });
});

/** Every table's rows in one order: the two databases need not list them alike. */
function normalised(backup: { tables: Record<string, unknown[]> }) {
  return Object.fromEntries(
    Object.entries(backup.tables).map(([table, rows]) => [table, rows.map((row) => JSON.stringify(row)).sort()]),
  );
}

describe("moving between databases", { timeout: 240_000 }, () => {
  it("moves the demo from SQLite to PostgreSQL and back with nothing lost", async () => {
    const sqlite = urlOf("round-trip.db");
    await prepare(sqlite, "db:prepare");
    const original = await stepwise(sqlite, "export");
    const file = path.join(dir, "round-trip.json");
    writeFileSync(file, original.stdout);

    const database = `stepwise_backup_${Math.random().toString(36).slice(2, 10)}`;
    await onPostgresServer(`CREATE DATABASE "${database}"`);
    try {
      const postgres = postgresUrlOf(database);
      await migratePostgres(postgres);
      const imported = await stepwise(postgres, "import", file);
      expect(imported.stderr).toBe("");
      expect(imported.code).toBe(0);
      const fromPostgres = await stepwise(postgres, "export");
      expect(normalised(JSON.parse(fromPostgres.stdout))).toEqual(normalised(JSON.parse(original.stdout)));

      // And back into a new SQLite file, from PostgreSQL's export.
      const back = urlOf("back.db");
      await run("npx", ["prisma", "migrate", "deploy"], {
        env: { ...process.env, DATABASE_URL: back },
        timeout: 120_000,
      });
      writeFileSync(file, fromPostgres.stdout);
      expect((await stepwise(back, "import", file)).code).toBe(0);
      expect(normalised(JSON.parse((await stepwise(back, "export")).stdout))).toEqual(
        normalised(JSON.parse(original.stdout)),
      );
    } finally {
      await onPostgresServer(`DROP DATABASE "${database}" WITH (FORCE)`);
    }
  });
});

describe("the backup's tables", () => {
  it("are every model of the schema but the runtime state it leaves behind: a new table cannot be forgotten", () => {
    const models = Object.values(Prisma.ModelName).map((name) => name[0]!.toLowerCase() + name.slice(1));
    expect([...BACKUP_TABLES, ...LEFT_BEHIND].sort()).toEqual(models.sort());
  });
});
