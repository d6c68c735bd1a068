import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { DEFAULT_DATABASE_FILE, databaseUrl, isPostgres } from "@/lib/database-url";
import { migratePostgres } from "@/lib/database/postgres-migrations";

/*
 * `npm run db:prepare`, before the app starts: the migrations applied, then Dev/Stg/Prd ensured and
 * the demo team and campaigns written into an empty database (not at all with STEPWISE_DEMO=off).
 * PostgreSQL (DATABASE_URL=postgresql://…) is migrated by Stepwise under an advisory lock, the seed
 * inside it, so replicas that start together do it once; SQLite by `prisma migrate deploy`.
 */

async function seed() {
  // Imported after the migrations: the client connects on import.
  const [{ seedDemoIfEmpty }, { ensureEnvironments }] = await Promise.all([
    import("@/lib/demo"),
    import("@/lib/environments/defaults"),
  ]);
  if (process.env.STEPWISE_DEMO === "off") {
    await ensureEnvironments();
    console.log("[stepwise] demo data: off (STEPWISE_DEMO=off)");
  } else console.log(`[stepwise] demo data: ${await seedDemoIfEmpty()}`);
}

const url = databaseUrl();
if (isPostgres(url)) {
  const { applied } = await migratePostgres(url, { andThen: seed });
  console.log(`[stepwise] PostgreSQL migrations: ${applied.length > 0 ? applied.join(", ") : "none pending"}`);
} else {
  if (url === `file:${DEFAULT_DATABASE_FILE}`) mkdirSync(path.dirname(DEFAULT_DATABASE_FILE), { recursive: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "inherit" });
  await seed();
}
