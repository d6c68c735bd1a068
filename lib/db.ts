import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "./database-url";

// One client per process; dev-mode hot reloads would otherwise open a new connection each time.
const globalForDb = globalThis as unknown as { stepwiseDb?: PrismaClient };

export const db =
  globalForDb.stepwiseDb ?? new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl() }) });

if (process.env.NODE_ENV !== "production") globalForDb.stepwiseDb = db;

export type Transaction = Parameters<Parameters<typeof db.$transaction>[0]>[0];
