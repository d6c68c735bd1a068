/*
 * PostgreSQL's Prisma schema is derived from the one schema the team edits (prisma/schema.prisma,
 * SQLite): only the datasource and the generated client's place differ. `npm run db:schemas`
 * writes it; a test fails when the committed copy is not what this derives, so the two cannot drift.
 */

export const POSTGRES_SCHEMA_PATH = "prisma/postgresql/schema.prisma";

const HEADER = `// Derived from prisma/schema.prisma by \`npm run db:schemas\`: edit that file, not this one.\n`;

export function postgresSchemaOf(sqliteSchema: string): string {
  const replaced = sqliteSchema
    .replace(/output\s*=\s*"\.\.\/lib\/generated\/prisma"/, 'output     = "../../lib/generated/prisma-postgresql"')
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/url\s*=\s*"file:[^"]*"/, 'url      = "postgresql://localhost/stepwise"');
  const expected: [what: string, marker: string][] = [
    ["generator output", "prisma-postgresql"],
    ["datasource provider", '"postgresql"'],
    ["datasource url", "postgresql://localhost"],
  ];
  for (const [what, marker] of expected)
    if (!replaced.includes(marker)) throw new Error(`prisma/schema.prisma: its ${what} is not where this expects it.`);
  return HEADER + replaced;
}
