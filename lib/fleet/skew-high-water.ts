import "server-only";
import { db } from "@/lib/db";
import { compareSkew } from "@/lib/skew/largest-skew";
import type { ClusterView } from "./types";

/**
 * Keeps, per cluster and running campaign, the worst skew any scan has seen (a violation before
 * any legal lag, then the largest): the retrospective asks for it later, per environment.
 */
export async function recordSkewHighWater(campaignId: string, views: ClusterView[]): Promise<void> {
  const seen = views.flatMap((view) =>
    view.status === "ok" && view.largestSkew
      ? [{ cluster: view.name, environment: view.environment.name, skew: view.largestSkew }]
      : [],
  );
  if (seen.length === 0) return;
  const stored = new Map(
    (await db.skewHighWater.findMany({ where: { campaignId } })).map((row) => [row.clusterName, row]),
  );
  for (const { cluster, environment, skew } of seen) {
    const previous = stored.get(cluster);
    if (previous && compareSkew(skew, previous) <= 0) continue;
    const data = {
      environmentName: environment,
      violation: skew.violation,
      minors: skew.minors,
      nodeName: skew.nodeName,
      kubeletVersion: skew.kubeletVersion,
      apiserverVersion: skew.apiserverVersion,
      observedAt: new Date(),
    };
    await db.skewHighWater.upsert({
      where: { campaignId_clusterName: { campaignId, clusterName: cluster } },
      create: { ...data, campaignId, clusterName: cluster },
      update: data,
    });
  }
}
