import { largestSkew } from "@/lib/skew/largest-skew";
import { planUpgrade } from "@/lib/skew/plan";
import { findSkewViolations } from "@/lib/skew/rules";
import type { SkewSnapshot } from "@/lib/skew/types";
import { clusterChecks } from "@/lib/gate/cluster-checks";
import { compareVersions, isValidVersion } from "@/lib/versions/version";
import type { ClusterRead, ClusterReading } from "@/lib/kube/types";
import { sightingsOf } from "@/lib/discovery/sightings";
import type { Sighting } from "@/lib/discovery/match";
import type { RemovedApi } from "@/lib/apis/catalog";
import type { ClusterRef, ClusterView, VersionCount } from "./types";

export function snapshotOfReading(reading: ClusterReading): SkewSnapshot {
  return {
    serverVersion: reading.serverVersion,
    controlPlane: reading.controlPlane,
    nodes: reading.nodes.map((node) => ({
      name: node.name,
      kubeletVersion: node.kubeletVersion,
      kubeProxyVersion: node.kubeProxyVersion,
    })),
  };
}

export function versionHistogram(versions: string[]): VersionCount[] {
  const counts = new Map<string, number>();
  for (const version of versions) counts.set(version, (counts.get(version) ?? 0) + 1);
  return [...counts.entries()]
    .map(([version, count]) => ({ version, count }))
    .sort((a, b) =>
      isValidVersion(a.version) && isValidVersion(b.version)
        ? compareVersions(b.version, a.version)
        : a.version.localeCompare(b.version),
    );
}

/** What a cluster's checks need of the campaign beyond its target. */
export type CampaignContext = {
  /** The add-on API removals its component upgrades cross. */
  addonRemovals?: RemovedApi[];
  /** Its starting Kubernetes version: what a hop since then removed is still looked for. */
  since?: string;
  /** The end of each environment's maintenance window (by environment id), where one is set. */
  windowEnds?: Record<string, Date>;
};

/** One cluster's card: pure, from what was read, the campaign's target and what else of the campaign its checks need. */
export function clusterView(
  ref: ClusterRef,
  read: ClusterRead,
  meta: { readAt: Date; durationMs: number; sightings?: Sighting[] },
  target: string | null,
  campaign: CampaignContext = {},
): ClusterView {
  const base = { ...ref, readAt: meta.readAt.toISOString(), durationMs: meta.durationMs };
  if (!read.ok) return { ...base, status: "error", fault: read.fault };
  const { reading } = read;
  const snapshot = snapshotOfReading(reading);
  const findings = findSkewViolations(snapshot);
  const plan = target ? planUpgrade(snapshot, target) : null;
  const apiservers = (reading.controlPlane ?? [])
    .filter((member) => member.component === "kube-apiserver")
    .map((member) => member.version);
  return {
    ...base,
    status: "ok",
    serverVersion: reading.serverVersion,
    apiserverVersions: versionHistogram(apiservers.length > 0 ? apiservers : [reading.serverVersion]),
    kubeProxy: reading.kubeProxy,
    nodeCount: reading.nodes.length,
    readyCount: reading.nodes.filter((n) => n.ready).length,
    cordonedCount: reading.nodes.filter((n) => n.cordoned).length,
    histogram: versionHistogram(reading.nodes.map((n) => n.kubeletVersion)),
    controlPlaneVisible: reading.controlPlane !== null,
    largestSkew: largestSkew(snapshot),
    findings,
    plan,
    checks: clusterChecks({
      clusterHref: `/fleet/${ref.id}`,
      snapshot,
      findings,
      nodes: reading.nodes,
      plan,
      today: meta.readAt.toISOString().slice(0, 10),
      apiUsage: reading.discovery?.apiUsage ?? null,
      addonRemovals: campaign.addonRemovals,
      since: campaign.since,
      preflight: reading.discovery?.preflight ?? null,
      windowEnd: campaign.windowEnds?.[ref.environment.id] ?? null,
    }),
    sightings: meta.sightings ?? sightingsOf(reading),
    discovery: reading.discovery
      ? {
          missing: reading.discovery.missing,
          applications: reading.discovery.applications?.length ?? null,
          helmReleases: reading.discovery.helmReleases?.length ?? null,
        }
      : null,
  };
}
