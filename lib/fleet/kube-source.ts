import "server-only";
import type { KubeSource } from "@/lib/kube/connection";
import { startSimulatedApiServer, type SimulatedApiServer } from "@/lib/demo/simulator/api-server";
import { demoFleet } from "@/lib/demo/simulator/fleet-model";
import { fleetSettings } from "./settings";

const globalForSimulation = globalThis as unknown as { stepwiseSimulation?: Promise<SimulatedApiServer> };

/**
 * Where the clusters are read from: the server's kubeconfig, the pod's own service account, or,
 * with neither configured, a simulated Dev/Stg/Prd fleet served over real HTTPS in this process.
 */
export async function kubeSource(): Promise<KubeSource> {
  const settings = fleetSettings();
  if (settings.kubeconfigPath) return { mode: "kubeconfig", path: settings.kubeconfigPath };
  if (settings.inCluster) return { mode: "in-cluster" };
  globalForSimulation.stepwiseSimulation ??= startSimulatedApiServer(demoFleet(), { tickMs: settings.simulationTickMs });
  const simulation = await globalForSimulation.stepwiseSimulation;
  return { mode: "simulated", kubeconfig: simulation.kubeconfig() };
}
