import path from "node:path";

/** Where the embedded SQLite database lives unless DATABASE_URL says otherwise. */
export const DEFAULT_DATABASE_FILE = path.join(process.cwd(), "data", "stepwise.db");

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL || `file:${DEFAULT_DATABASE_FILE}`;
}

/** `postgresql://` (or `postgres://`) selects PostgreSQL; `file:` or nothing keeps the embedded SQLite. */
export function isPostgres(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}
