import os from "node:os";
import pg from "pg";

/*
 * Which database the integration tests run on: the embedded SQLite (default) or, with
 * STEPWISE_TEST_DATABASE=postgresql, the local PostgreSQL server, in databases made for this run
 * and dropped after it. `npm test` runs the suite on both.
 */

export const testsOnPostgres = () => process.env.STEPWISE_TEST_DATABASE === "postgresql";

/**
 * The server's maintenance database; the run's own databases are created beside it. By default the
 * local server as this machine's user (trust authentication, as .ci/run finds it).
 */
export const postgresAdminUrl = () =>
  process.env.STEPWISE_TEST_POSTGRES_URL || `postgresql://${os.userInfo().username}@127.0.0.1:5432/postgres`;

export function postgresUrlOf(database: string): string {
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

/** Rows of one query, on its own connection (the maintenance database unless `url` names another). */
export async function queryPostgres<T extends pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
  url = postgresAdminUrl(),
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Runs statements on the maintenance database, one after the other (CREATE DATABASE cannot run in a transaction). */
export async function onPostgresServer(...statements: string[]): Promise<void> {
  for (const statement of statements) await queryPostgres(statement);
}
