import "server-only";
import { db } from "@/lib/db";
import { getInventory } from "@/lib/campaigns/queries";
import { clusterViews, latestScan } from "@/lib/fleet/scans";
import type { ClusterView } from "@/lib/fleet/types";
import type { CampaignGateInput, GateOverrideView } from "./campaign-checks";
import { environmentGate, type EnvironmentGate } from "./environment-gate";

export type GateCampaign = { id: string; name: string; target: string; status: string };

/** Overrides in force now, for one campaign. */
async function activeOverrides(campaignId: string, now: Date) {
  const rows = await db.gateOverride.findMany({
    where: { campaignId, revokedAt: null, expiresAt: { gt: now } },
    include: { createdBy: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((row) => ({
    environmentId: row.environmentId,
    view: {
      checkId: row.checkId,
      reason: row.reason,
      by: row.createdBy?.name ?? "someone",
      until: row.expiresAt,
    } satisfies GateOverrideView,
  }));
}

/**
 * Every environment's gate for one campaign, from the campaign's record and the clusters'
 * views of one scan. Reads only; the checks themselves are pure (lib/gate/*-checks.ts).
 */
export async function campaignGates(
  campaignId: string,
  views: ClusterView[],
  now = new Date(),
): Promise<EnvironmentGate[] | null> {
  const [inventory, overrides] = await Promise.all([getInventory(campaignId), activeOverrides(campaignId, now)]);
  if (!inventory) return null;
  const { campaign, environments, components } = inventory;
  return environments.map((environment, index) => {
    const input: CampaignGateInput = {
      campaignId,
      environment,
      previous: environments[index - 1] ?? null,
      isLast: index === environments.length - 1,
      components,
      window: { start: campaign.maintenanceStart, end: campaign.maintenanceEnd },
      overrides: overrides.filter((o) => o.environmentId === environment.id).map((o) => o.view),
      now,
    };
    return environmentGate(
      input,
      views.filter((view) => view.environment.id === environment.id),
    );
  });
}

/**
 * A campaign's gates against the latest scan, planned towards its own target: the running
 * campaign's, or a planned one's as it would stand if it started now. Null once it is over.
 */
export async function liveCampaignGates(campaignId: string, now = new Date()): Promise<EnvironmentGate[] | null> {
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: { kubernetesTo: true, status: true },
  });
  if (!campaign || (campaign.status !== "running" && campaign.status !== "planned")) return null;
  const scan = await latestScan();
  return campaignGates(campaignId, clusterViews(scan, campaign.kubernetesTo), now);
}
