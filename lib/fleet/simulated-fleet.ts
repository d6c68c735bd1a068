/*
 * Where the start-up seam (instrumentation.ts) leaves the simulated fleet's kubeconfig (and its
 * replay) for the live read path to find. On globalThis because Next bundles instrumentation apart
 * from the routes: a module-level variable would be two variables.
 */
type SimulatedFleet = { kubeconfig: string; replay: () => void };
const slot = globalThis as unknown as { stepwiseSimulatedFleet?: SimulatedFleet };

export function registerSimulatedFleet(fleet: SimulatedFleet): void {
  slot.stepwiseSimulatedFleet = fleet;
}

export function simulatedFleetKubeconfig(): string | null {
  return slot.stepwiseSimulatedFleet?.kubeconfig ?? null;
}

/** Starts the simulated rollout over; false when the fleet is real. */
export function replaySimulatedFleet(): boolean {
  slot.stepwiseSimulatedFleet?.replay();
  return slot.stepwiseSimulatedFleet !== undefined;
}
