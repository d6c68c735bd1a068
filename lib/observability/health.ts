import "server-only";
import { readdirSync, type Dirent } from "node:fs";
import path from "node:path";
import { db, onPostgres } from "@/lib/db";
import { POSTGRES_MIGRATIONS_TABLE } from "@/lib/database/history";

export type Readiness = { ready: boolean; database: string; migrations: string };

const directories = (entries: Dirent[]) => entries.filter((entry) => entry.isDirectory()).length;

/**
 * Each database's own migration history: Prisma's for SQLite, Stepwise's for PostgreSQL (see
 * lib/database). `shipped` counts the migrations this build ships (each path written out, so the
 * build traces those folders only).
 */
const HISTORY = {
  sqlite: {
    shipped: () => directories(readdirSync(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })),
    applied:
      'SELECT COUNT(*) AS count FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL',
  },
  postgresql: {
    shipped: () =>
      directories(readdirSync(path.join(process.cwd(), "prisma", "postgresql", "migrations"), { withFileTypes: true })),
    applied: `SELECT COUNT(*) AS count FROM "${POSTGRES_MIGRATIONS_TABLE}"`,
  },
};

/**
 * Ready when the database answers and carries every migration this build ships: a replica that
 * starts before its migrations are applied stays out of the load balancer instead of failing requests.
 */
export async function readiness(): Promise<Readiness> {
  try {
    const history = HISTORY[onPostgres ? "postgresql" : "sqlite"];
    const applied = await db.$queryRawUnsafe<{ count: number | bigint }[]>(history.applied);
    const done = Number(applied[0]?.count ?? 0);
    const shipped = history.shipped();
    return {
      ready: done >= shipped,
      database: "answers",
      migrations: done >= shipped ? `${done} applied` : `${done} of ${shipped} applied`,
    };
  } catch (error) {
    // Said without the database's address or credentials: only what kind of failure it was.
    return {
      ready: false,
      database: error instanceof Error ? error.name : "unreachable",
      migrations: "unknown",
    };
  }
}
