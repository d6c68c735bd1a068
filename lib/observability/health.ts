import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";

export type Readiness = { ready: boolean; database: string; migrations: string };

/** The migrations this build ships: the database must have applied every one before serving. */
function shippedMigrations(): number {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  return readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
}

/**
 * Ready when the database answers and carries every migration this build ships: a replica that
 * starts before its migrations are applied stays out of the load balancer instead of failing requests.
 */
export async function readiness(): Promise<Readiness> {
  try {
    const applied = await db.$queryRawUnsafe<{ count: number | bigint }[]>(
      'SELECT COUNT(*) AS count FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL',
    );
    const done = Number(applied[0]?.count ?? 0);
    const shipped = shippedMigrations();
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
