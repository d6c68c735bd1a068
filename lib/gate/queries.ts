import "server-only";
import { db } from "@/lib/db";
import { getInventory } from "@/lib/campaigns/queries";
import { campaignContextOf, clusterViews, latestScan, runningCampaign } from "@/lib/fleet/scans";
import type { ClusterView } from "@/lib/fleet/types";
import type { CampaignGateInput, GateOverrideView } from "./campaign-checks";
import { environmentGate, type EnvironmentGate } from "./environment-gate";
import type { ManualTick } from "@/lib/preflight/manual";

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
      id: row.id,
      checkId: row.checkId,
      reason: row.reason,
      by: row.createdBy?.name ?? "someone",
      until: row.expiresAt,
    } satisfies GateOverrideView,
  }));
}

/** The checks no API shows, as ticked for each environment of one campaign. */
export async function manualTicks(campaignId: string): Promise<(ManualTick & { environmentId: string })[]> {
  const rows = await db.manualCheck.findMany({
    where: { campaignId },
    include: { tickedBy: { select: { name: true } } },
  });
  return rows.map((row) => ({
    environmentId: row.environmentId,
    item: row.item,
    evidence: row.evidence,
    by: row.tickedBy?.name ?? "someone",
    at: row.tickedAt,
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
  const [inventory, overrides, ticks] = await Promise.all([
    getInventory(campaignId),
    activeOverrides(campaignId, now),
    manualTicks(campaignId),
  ]);
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
      kubernetes: { from: campaign.kubernetesFrom, to: campaign.kubernetesTo },
      manualTicks: ticks.filter((tick) => tick.environmentId === environment.id),
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
  return campaignGates(campaignId, clusterViews(scan, campaign.kubernetesTo, await campaignContextOf(campaignId)), now);
}

/** What `stepwise gate` and other pipelines get: the same verdict the overview shows. */
export type GateApiAnswer =
  | {
      status: 200;
      body: {
        campaign: GateCampaign;
        environment: string;
        cluster: string | null;
        open: boolean;
        /** The environment's campaign checks, or the one cluster's whole list. */
        checks: EnvironmentGate["campaignChecks"];
        clusters: {
          name: string;
          step: string | null;
          note: string | null;
          open: boolean;
          checks: EnvironmentGate["campaignChecks"];
        }[];
        checkedAt: string;
      };
    }
  | { status: 404 | 409; body: { error: string } };

export async function gateForPipeline(environmentName: string, clusterName: string | null): Promise<GateApiAnswer> {
  const campaign = await runningCampaign();
  if (!campaign) return { status: 409, body: { error: "No campaign is running: there is no next step to gate." } };
  const gates = (await liveCampaignGates(campaign.id)) ?? [];
  const gate = gates.find((g) => g.environment.name.toLowerCase() === environmentName.trim().toLowerCase());
  if (!gate)
    return {
      status: 404,
      body: {
        error: `No environment "${environmentName}"; there are ${gates.map((g) => g.environment.name).join(", ")}.`,
      },
    };
  const clusters = gate.clusters.map((c) => ({
    name: c.clusterName,
    step: c.step,
    note: c.note,
    open: c.verdict.open,
    checks: c.verdict.checks,
  }));
  const base = { campaign, environment: gate.environment.name, checkedAt: new Date().toISOString() };
  if (!clusterName)
    return { status: 200, body: { ...base, cluster: null, open: gate.open, checks: gate.campaignChecks, clusters } };
  const cluster = clusters.find((c) => c.name === clusterName);
  if (!cluster)
    return {
      status: 404,
      body: {
        error: `No cluster "${clusterName}" in ${gate.environment.name}; there are ${clusters.map((c) => c.name).join(", ") || "none"}.`,
      },
    };
  return {
    status: 200,
    body: { ...base, cluster: cluster.name, open: cluster.open, checks: cluster.checks, clusters: [cluster] },
  };
}
