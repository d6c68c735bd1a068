import { afterAll, describe, expect, it } from "vitest";
import { openKubeSource } from "@/lib/kube/connection";
import { readCluster } from "@/lib/kube/read-cluster";
import { startSimulatedApiServer, type SimulatedApiServer } from "./api-server";
import { demoFleet } from "./fleet-model";

const server = await startSimulatedApiServer(demoFleet(new Date(), { pauseTicks: 0 }));
afterAll(() => server.close());

async function apiservers(context: string, on: SimulatedApiServer = server) {
  const kubeConfig = openKubeSource({ mode: "simulated", kubeconfig: on.kubeconfig() }).configFor(context);
  if ("kind" in kubeConfig) throw new Error(kubeConfig.message);
  const read = await readCluster(kubeConfig, context, { timeoutMs: 5_000 });
  if (!read.ok) throw new Error(read.fault.message);
  return read.reading.controlPlane!.filter((m) => m.component === "kube-apiserver").map((m) => m.version);
}

describe("replaying the simulated rollout", () => {
  it("puts a finished rollout back where the demo began, and the same kubeconfig still reads it", async () => {
    for (let tick = 0; tick < 400; tick += 1) server.tick();
    expect(await apiservers("stg-gpu")).toEqual(["v1.34.1", "v1.34.1", "v1.34.1"]);
    server.replay(demoFleet());
    expect(await apiservers("stg-gpu")).toEqual(["v1.33.5", "v1.32.9", "v1.32.9"]);
  });
});

describe("a replayed rollout, like a fresh one", () => {
  it("stands still until someone looks, then moves on by itself", async () => {
    // A tick well beyond one read's few requests, so the read after the replay sees one state.
    const ticking = await startSimulatedApiServer(demoFleet(new Date(), { pauseTicks: 0 }), { tickMs: 60 });
    try {
      const read = () => apiservers("stg-gpu", ticking);
      await read();
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await read()).not.toEqual(["v1.33.5", "v1.32.9", "v1.32.9"]);
      ticking.replay(demoFleet());
      await new Promise((resolve) => setTimeout(resolve, 400));
      // Nobody looked during those 400 ms: the first read after the replay sees the start.
      expect(await read()).toEqual(["v1.33.5", "v1.32.9", "v1.32.9"]);
    } finally {
      await ticking.close();
    }
  });
});
