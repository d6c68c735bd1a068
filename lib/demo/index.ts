/*
 * The one door from product code to the demo: its accounts, its data and its simulated fleet.
 * Nothing else outside lib/demo imports from inside it (the lint rules hold that), so the layout
 * shows which code is the product and which is there to show it off. The heavy parts are loaded
 * only when asked for: a real deployment never starts the simulator or reads the demo data.
 */
export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from "./demo-accounts";

export async function seedDemoIfEmpty(now?: Date) {
  return (await import("./seed-demo")).seedDemoIfEmpty(now);
}

/**
 * Serves the demo's Dev/Stg/Prd fleet over HTTPS in this process: the kubeconfig that reaches it,
 * and a replay that starts the Stg rollout over (it finishes a few minutes after the first look).
 */
export async function startSimulatedFleet(options: {
  tickMs: number;
}): Promise<{ kubeconfig: string; replay: () => void }> {
  const [{ startSimulatedApiServer }, { demoFleet }] = await Promise.all([
    import("./simulator/api-server"),
    import("./simulator/fleet-model"),
  ]);
  const server = await startSimulatedApiServer(demoFleet(), { tickMs: options.tickMs });
  return { kubeconfig: server.kubeconfig(), replay: () => server.replay(demoFleet()) };
}
