import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma as PostgresPrisma, PrismaClient as PostgresClient } from "@/lib/generated/prisma-postgresql/client";
import { databaseUrl, isPostgres } from "./database-url";

const url = databaseUrl();
/** Which database this process talks to (DATABASE_URL): PostgreSQL, or the embedded SQLite. */
export const onPostgres = isPostgres(url);

function connect(): PrismaClient {
  if (!onPostgres) return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  // Generated from the same models (prisma/postgresql/schema.prisma is derived, never edited), so
  // it has the same API; only the SQL it speaks differs.
  return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
}

// One client per process; dev-mode hot reloads would otherwise open a new connection each time.
const globalForDb = globalThis as unknown as { stepwiseDb?: PrismaClient };

export const db = globalForDb.stepwiseDb ?? connect();

if (process.env.NODE_ENV !== "production") globalForDb.stepwiseDb = db;

export type Transaction = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** Prisma's error code ("P2002": a unique key) from either database's client, or null. */
export function prismaErrorCode(error: unknown): string | null {
  return error instanceof Prisma.PrismaClientKnownRequestError ||
    error instanceof PostgresPrisma.PrismaClientKnownRequestError
    ? error.code
    : null;
}

/** PostgreSQL gave up one of two transactions that would not have run the same one after the other. */
function isSerializationFailure(error: unknown): boolean {
  // P2034 from Prisma's engine; through the pg driver adapter the same failure is named TransactionWriteConflict.
  return (
    prismaErrorCode(error) === "P2034" || /TransactionWriteConflict|\b40001\b|could not serialize/i.test(String(error))
  );
}

const ATTEMPTS = 8;

/**
 * A transaction that behaves as if it ran alone, on either database: SQLite runs one writer at a
 * time anyway; PostgreSQL runs it SERIALIZABLE and, when it reports a conflict with a concurrent
 * one (a check-then-insert both passed), runs it again after a short random pause, a few times.
 * The sign-in throttle, the vote budget and "create it if missing" rely on it.
 */
export async function serializable<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
  if (!onPostgres) return db.$transaction(work);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(work, { isolationLevel: "Serializable" });
    } catch (error) {
      if (attempt >= ATTEMPTS || !isSerializationFailure(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
