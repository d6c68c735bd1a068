import { seedDemoIfEmpty } from "@/lib/demo";
import { ensureEnvironments } from "@/lib/environments/defaults";

/*
 * Run by `npm run db:prepare` after the migrations. Dev/Stg/Prd always exist; the demo team and
 * campaigns are written only into an empty database, and not at all with STEPWISE_DEMO=off.
 */
if (process.env.STEPWISE_DEMO === "off") {
  await ensureEnvironments();
  console.log("[stepwise] demo data: off (STEPWISE_DEMO=off)");
} else {
  console.log(`[stepwise] demo data: ${await seedDemoIfEmpty()}`);
}
