import "server-only";
import { db } from "@/lib/db";
import { openKubeSource, type KubeSource } from "@/lib/kube/connection";
import { scanClusters, type ScanResult } from "@/lib/kube/scan";
import { clusterView } from "./cluster-view";
import { kubeSource } from "./kube-source";
import { recordSkewHighWater } from "./skew-high-water";
import { fleetSettings } from "./settings";
import type { ClusterDetail, ClusterRef, FleetView } from "./types";

async function clusterRefs(where: { id?: string } = {}): Promise<ClusterRef[]> {
  const rows = await db.cluster.findMany({
    where,
    include: { environment: { select: { id: true, name: true } } },
    orderBy: [{ environment: { position: "asc" } }, { name: "asc" }],
  });
  return rows.map(({ id, name, context, environment }) => ({ id, name, context, environment }));
}

/** The running campaign's target: what the plan aims at. */
async function activeCampaign() {
  const campaign = await db.campaign.findFirst({ where: { completedAt: null }, orderBy: { createdAt: "desc" }, select: { id: true, name: true, kubernetesTo: true } });
  return campaign ? { id: campaign.id, name: campaign.name, target: campaign.kubernetesTo } : null;
}

const SHARE_SCAN_MS = 1_000;
const globalForScan = globalThis as unknown as { stepwiseScan?: { key: string; startedAt: number; results: Promise<ScanResult[]> } };

/** Every open dashboard polls: viewers arriving within a second share one scan instead of multiplying the load on the clusters. */
function sharedScan(source: KubeSource, refs: ClusterRef[]): Promise<ScanResult[]> {
  const key = JSON.stringify([source.mode, refs.map((r) => r.context)]);
  const current = globalForScan.stepwiseScan;
  if (current && current.key === key && Date.now() - current.startedAt < SHARE_SCAN_MS) return current.results;
  const settings = fleetSettings();
  const results = scanClusters(source, refs.map((r) => ({ name: r.name, context: r.context })), { timeoutMs: settings.timeoutMs, concurrency: settings.concurrency });
  globalForScan.stepwiseScan = { key, startedAt: Date.now(), results };
  return results;
}

export async function getFleet(): Promise<FleetView> {
  const [refs, campaign, environments, source] = await Promise.all([
    clusterRefs(),
    activeCampaign(),
    db.environment.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } }),
    kubeSource(),
  ]);
  const results = await sharedScan(source, refs);
  const views = refs.map((ref, index) => {
    const result = results[index]!;
    return clusterView(ref, result.read, result, campaign?.target ?? null);
  });
  if (campaign) await recordSkewHighWater(campaign.id, views);
  return {
    mode: source.mode,
    campaign,
    environments: environments.map((environment) => ({ ...environment, clusters: views.filter((v) => v.environment.id === environment.id) })),
    refreshSeconds: fleetSettings().refreshSeconds,
    readAt: new Date().toISOString(),
  };
}

export async function getClusterDetail(clusterId: string): Promise<(ClusterDetail & { mode: FleetView["mode"]; campaign: FleetView["campaign"] }) | null> {
  const [[ref], campaign, source] = await Promise.all([clusterRefs({ id: clusterId }), activeCampaign(), kubeSource()]);
  if (!ref) return null;
  const settings = fleetSettings();
  const [result] = await scanClusters(source, [{ name: ref.name, context: ref.context }], { timeoutMs: settings.timeoutMs, concurrency: 1 });
  const read = result!.read;
  return {
    mode: source.mode,
    campaign,
    view: clusterView(ref, read, result!, campaign?.target ?? null),
    nodes: read.ok ? read.reading.nodes : [],
    controlPlane: read.ok ? read.reading.controlPlane : null,
  };
}

/** Context names a lead can pick from when adding a cluster; nothing else of the kubeconfig. */
export async function availableContexts(): Promise<string[]> {
  return openKubeSource(await kubeSource()).contexts;
}

export async function listClusters(): Promise<ClusterRef[]> {
  return clusterRefs();
}
