import "server-only";
import { getInventory, getPhases, listActivity } from "@/lib/campaigns/queries";
import { db } from "@/lib/db";
import { campaignFacts } from "@/lib/retrospectives/facts";

/** Everything the facts panel and the exports are built from, read once. */
export async function loadCampaignReport(campaignId: string) {
  const [inventory, phases, activity, skewSeen] = await Promise.all([
    getInventory(campaignId),
    getPhases(campaignId),
    listActivity(campaignId, { take: 5_000 }),
    db.skewHighWater.findMany({ where: { campaignId } }),
  ]);
  if (!inventory) return null;
  const facts = campaignFacts({
    phases,
    maintenance: { start: inventory.campaign.maintenanceStart, end: inventory.campaign.maintenanceEnd },
    components: inventory.components,
    environments: inventory.environments,
    activity,
    skewSeen,
  });
  return { inventory, facts };
}
export type CampaignReport = NonNullable<Awaited<ReturnType<typeof loadCampaignReport>>>;
