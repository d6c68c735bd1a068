import type { DiscoveryOptions } from "@/lib/kube/read-cluster";

/** Live-view settings, from the environment (see the README's table). */
export type FleetSettings = {
  kubeconfigPath: string | null;
  inCluster: boolean;
  timeoutMs: number;
  concurrency: number;
  refreshSeconds: number;
  simulationTickMs: number;
  /** What runs (workloads, Argo CD): on unless STEPWISE_DISCOVERY=off; all namespaces unless listed. */
  discovery: DiscoveryOptions | null;
};

function positive(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : fallback;
}

export function fleetSettings(env: NodeJS.ProcessEnv = process.env): FleetSettings {
  return {
    kubeconfigPath: env.STEPWISE_KUBECONFIG || null,
    inCluster: env.STEPWISE_IN_CLUSTER === "true",
    timeoutMs: positive(env.STEPWISE_CLUSTER_TIMEOUT_MS, 5_000),
    concurrency: positive(env.STEPWISE_SCAN_CONCURRENCY, 16),
    refreshSeconds: positive(env.STEPWISE_FLEET_REFRESH_SECONDS, 10),
    simulationTickMs: positive(env.STEPWISE_SIMULATION_TICK_MS, 4_000),
    discovery:
      env.STEPWISE_DISCOVERY === "off"
        ? null
        : {
            namespaces:
              env.STEPWISE_DISCOVERY_NAMESPACES?.split(",")
                .map((n) => n.trim())
                .filter(Boolean) || null,
            helmSecrets: env.STEPWISE_DISCOVERY_HELM_SECRETS === "on",
          },
  };
}
