import "server-only";
import { db } from "@/lib/db";
import type { ClusterView } from "./types";

/** Keeps, per cluster and running campaign, the largest skew any scan has seen: the retrospective asks for it later. */
export async function recordSkewHighWater(campaignId: string, views: ClusterView[]): Promise<void> {
  const seen = views.flatMap((view) =>
    view.status === "ok" && view.largestSkew ? [{ cluster: view.name, skew: view.largestSkew }] : [],
  );
  if (seen.length === 0) return;
  const stored = new Map(
    (await db.skewHighWater.findMany({ where: { campaignId } })).map((row) => [row.clusterName, row]),
  );
  for (const { cluster, skew } of seen) {
    const previous = stored.get(cluster);
    if (previous && Math.abs(previous.minors) >= Math.abs(skew.minors)) continue;
    const data = {
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
