import "server-only";
import pLimit from "p-limit";
import { openKubeSource, type KubeSource } from "./connection";
import { readCluster, type DiscoveryOptions } from "./read-cluster";
import type { ClusterRead } from "./types";

export type ScanTarget = { name: string; context: string };
export type ScanOptions = {
  timeoutMs: number;
  concurrency: number;
  pageSize?: number;
  discovery?: DiscoveryOptions | null;
};
export type ScanResult = ScanTarget & { read: ClusterRead; readAt: Date; durationMs: number };

/**
 * Reads many clusters at once with bounded concurrency. Each cluster answers for itself:
 * one that is down, slow or refusing shows up as its own fault and never holds the others back.
 */
export async function scanClusters(
  source: KubeSource,
  targets: ScanTarget[],
  options: ScanOptions,
): Promise<ScanResult[]> {
  const limit = pLimit(options.concurrency);
  const opened = openKubeSource(source);
  return Promise.all(
    targets.map((target) =>
      limit(async () => {
        const started = Date.now();
        const kubeConfig = opened.configFor(target.context);
        const read: ClusterRead =
          "kind" in kubeConfig ? { ok: false, fault: kubeConfig } : await readCluster(kubeConfig, target.name, options);
        return { ...target, read, readAt: new Date(), durationMs: Date.now() - started };
      }),
    ),
  );
}
