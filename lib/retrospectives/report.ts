import "server-only";
import { getInventory, getPhases, listActivity } from "@/lib/campaigns/queries";
import { campaignFacts } from "./facts";

/** Everything the facts panel and the exports are built from, read once. */
export async function loadCampaignReport(campaignId: string) {
  const [inventory, phases, activity] = await Promise.all([getInventory(campaignId), getPhases(campaignId), listActivity(campaignId, { take: 5_000 })]);
  if (!inventory) return null;
  const facts = campaignFacts({
    phases,
    maintenance: { start: inventory.campaign.maintenanceStart, end: inventory.campaign.maintenanceEnd },
    components: inventory.components,
    environments: inventory.environments,
    activity,
  });
  return { inventory, facts };
}
