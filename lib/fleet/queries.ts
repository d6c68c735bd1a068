import "server-only";
import { db } from "@/lib/db";
import { listEnvironments } from "@/lib/environments/queries";
import { openKubeSource } from "@/lib/kube/connection";
import { clusterView } from "./cluster-view";
import { kubeSource } from "./kube-source";
import { clusterRefs, clusterViews, latestScan, runningCampaign } from "./scans";
import { fleetSettings } from "./settings";
import type { ClusterDetail, FleetView } from "./types";

/** The fleet as the latest scan saw it, planned towards the running campaign. Reads only. */
export async function getFleet(): Promise<FleetView> {
  const [scan, campaign, environments] = await Promise.all([
    latestScan(),
    runningCampaign(),
    db.environment.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } }),
  ]);
  const views = clusterViews(scan, campaign?.target ?? null);
  return {
    mode: scan.mode,
    campaign,
    environments: environments.map((environment) => ({
      ...environment,
      clusters: views.filter((v) => v.environment.id === environment.id),
    })),
    refreshSeconds: fleetSettings().refreshSeconds,
    readAt: scan.readAt.toISOString(),
  };
}

/** One cluster of the latest scan, with its nodes and control plane; null for a cluster not registered. */
export async function getClusterDetail(
  clusterId: string,
): Promise<(ClusterDetail & { mode: FleetView["mode"]; campaign: FleetView["campaign"] }) | null> {
  const [scan, campaign] = await Promise.all([latestScan(), runningCampaign()]);
  const index = scan.refs.findIndex((ref) => ref.id === clusterId);
  const ref = scan.refs[index];
  const result = scan.results[index];
  if (!ref || !result) return null;
  const { read } = result;
  return {
    mode: scan.mode,
    campaign,
    view: clusterView(ref, read, result, campaign?.target ?? null),
    nodes: read.ok ? read.reading.nodes : [],
    controlPlane: read.ok ? read.reading.controlPlane : null,
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
