import "server-only";
import { recogniseRunning, type RunningComponent } from "@/lib/discovery/well-known";
import { db } from "@/lib/db";
import { listEnvironments } from "@/lib/environments/queries";
import { openKubeSource } from "@/lib/kube/connection";
import type { ClusterGate } from "@/lib/gate/environment-gate";
import { campaignGates } from "@/lib/gate/queries";
import { clusterRemovedApis } from "@/lib/apis/live";
import { clusterView } from "./cluster-view";
import { kubeSource } from "./kube-source";
import { afterHop } from "./check-readings";
import { campaignContextOf, clusterRefs, clusterViews, latestScan, runningCampaign } from "./scans";
import { fleetSettings } from "./settings";
import type { ClusterDetail, FleetView } from "./types";

/** The campaigns the fleet can plan towards: the running one by default, any other to look at. */
async function campaignChoices() {
  const rows = await db.campaign.findMany({
    where: { status: { not: "archived" } },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, kubernetesTo: true, status: true },
  });
  return rows.map(({ kubernetesTo, ...row }) => ({ ...row, target: kubernetesTo }));
}

/**
 * The fleet as the latest scan saw it, planned towards the running campaign, or towards
 * `lookAt` (another campaign's target) without changing any record. Reads only.
 */
export async function getFleet(lookAt?: string | null): Promise<FleetView> {
  const [scan, running, choices, environments] = await Promise.all([
    latestScan(),
    runningCampaign(),
    campaignChoices(),
    db.environment.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } }),
  ]);
  const looked = choices.find((choice) => choice.id === lookAt);
  const campaign = looked ?? (running ? (choices.find((choice) => choice.id === running.id) ?? null) : null);
  const views = clusterViews(scan, campaign?.target ?? null, campaign ? await campaignContextOf(campaign.id) : {});
  const gates = campaign ? await campaignGates(campaign.id, views) : null;
  return {
    mode: scan.mode,
    campaign,
    runningCampaignId: running?.id ?? null,
    campaigns: choices,
    environments: environments.map((environment) => ({
      ...environment,
      clusters: views.filter((v) => v.environment.id === environment.id),
      gate: gates?.find((gate) => gate.environment.id === environment.id) ?? null,
    })),
    refreshSeconds: fleetSettings().refreshSeconds,
    readAt: scan.readAt.toISOString(),
  };
}

/** One cluster of the latest scan, with its nodes and control plane; null for a cluster not registered. */
export async function getClusterDetail(clusterId: string): Promise<
  | (ClusterDetail & {
      mode: FleetView["mode"];
      campaign: FleetView["campaign"];
      gate: ClusterGate | null;
    })
  | null
> {
  const [scan, campaign] = await Promise.all([latestScan(), runningCampaign()]);
  const index = scan.refs.findIndex((ref) => ref.id === clusterId);
  const ref = scan.refs[index];
  const result = scan.results[index];
  if (!ref || !result) return null;
  const { read } = result;
  const context = campaign ? await campaignContextOf(campaign.id) : {};
  const view = clusterView(ref, read, result, campaign?.target ?? null, context);
  const apiUsage = read.ok ? read.reading.discovery?.apiUsage : null;
  const [gates, hop] = campaign
    ? await Promise.all([campaignGates(campaign.id, [view]), afterHop(campaign.id, view)])
    : [null, null];
  return {
    mode: scan.mode,
    campaign,
    gate: gates?.flatMap((gate) => gate.clusters).find((gate) => gate.clusterId === clusterId) ?? null,
    view,
    nodes: read.ok ? read.reading.nodes : [],
    controlPlane: read.ok ? read.reading.controlPlane : null,
    afterHop: hop,
    removedApis:
      read.ok && apiUsage && campaign
        ? {
            findings: clusterRemovedApis(
              read.reading.serverVersion,
              campaign.target,
              apiUsage,
              context.addonRemovals ?? [],
              context.since,
            ).findings,
            metrics: apiUsage.requested.state,
          }
        : null,
  };
}

/** Context names a lead can pick from when adding a cluster; nothing else of the kubeconfig. */
export async function availableContexts(): Promise<string[]> {
  return openKubeSource(kubeSource()).contexts;
}

/** The registered clusters, the environments and the kubeconfig's contexts, for the lead's cluster settings. */
export async function getClusterSettings() {
  const [clusters, environments, contexts] = await Promise.all([
    clusterRefs(),
    listEnvironments(),
    availableContexts(),
  ]);
  return { clusters, environments, contexts };
}
export type ClusterSettingsData = Awaited<ReturnType<typeof getClusterSettings>>;

/** A registered cluster's name, for its page's title. */
export function findCluster(clusterId: string) {
  return db.cluster.findUnique({ where: { id: clusterId }, select: { name: true } });
}

/** The well-known components the latest scan saw anywhere in the fleet: what a new campaign offers to add. */
export async function runningComponents(): Promise<RunningComponent[]> {
  const scan = await latestScan();
  return recogniseRunning(scan.results.flatMap((result) => result.sightings));
}
