/*
 * Where the start-up seam (instrumentation.ts) leaves the simulated fleet's kubeconfig for the
 * live read path to find. On globalThis because Next bundles instrumentation apart from the
 * routes: a module-level variable would be two variables.
 */
const slot = globalThis as unknown as { stepwiseSimulatedFleet?: string };

export function registerSimulatedFleet(kubeconfig: string): void {
  slot.stepwiseSimulatedFleet = kubeconfig;
}

export function simulatedFleetKubeconfig(): string | null {
  return slot.stepwiseSimulatedFleet ?? null;
}
