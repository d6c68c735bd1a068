import "server-only";
import type { KubeSource } from "@/lib/kube/connection";
import { fleetSettings } from "./settings";
import { simulatedFleetKubeconfig } from "./simulated-fleet";

/**
 * Where the clusters are read from: the server's kubeconfig, the pod's own service account, or
 * the simulated fleet the server started with (instrumentation.ts decides that, once, at start-up).
 * Reading never starts anything.
 */
export function kubeSource(): KubeSource {
  const settings = fleetSettings();
  if (settings.kubeconfigPath) return { mode: "kubeconfig", path: settings.kubeconfigPath };
  if (settings.inCluster) return { mode: "in-cluster" };
  const simulated = simulatedFleetKubeconfig();
  return simulated ? { mode: "simulated", kubeconfig: simulated } : { mode: "unconfigured" };
}
