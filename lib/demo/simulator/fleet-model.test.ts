import { describe, expect, it } from "vitest";
import { controlPlaneSettledCheck } from "@/lib/gate/cluster-checks";
import { findSkewViolations } from "@/lib/skew/rules";
import { advanceRollout, buildCluster, demoFleet, snapshotOfCluster } from "./fleet-model";

const now = new Date("2026-11-22T09:00:00Z");

describe("the simulated rolling upgrade", () => {
  it("takes a cluster from 1.31 to 1.34 control plane first, node by node, never breaking the skew policy", () => {
    const cluster = buildCluster({
      name: "lab",
      environment: "Dev",
      controlPlane: ["v1.31.13", "v1.31.13", "v1.31.13"],
      workers: { prefix: "lab-w", count: 4, version: "v1.31.13", overrides: { 4: "v1.29.15" } },
      rollout: { target: "1.34", pauseTicks: 2 },
      now,
    });
    const seen = new Set<string>();
    for (let tick = 0; tick < 500 && cluster.rollout; tick += 1) {
      advanceRollout(cluster);
      expect(findSkewViolations(snapshotOfCluster(cluster)), `tick ${tick}`).toEqual([]);
      for (const node of cluster.nodes)
        if (!node.ready) seen.add(`${node.name} not ready while cordoned: ${node.unschedulable}`);
    }
    expect(cluster.rollout).toBeNull();
    expect(new Set(cluster.nodes.map((n) => n.kubelet))).toEqual(new Set(["v1.34.1"]));
    expect(cluster.controlPlane.every((cp) => cp.apiserver === "v1.34.1" && cp.scheduler === "v1.34.1")).toBe(true);
    // A node is only ever down while cordoned.
    expect([...seen].every((entry) => entry.endsWith("true"))).toBe(true);
  });

  it("rebuilds each node it upgrades with the new runtime and OS, and leaves the others as they were", () => {
    const os = { image: "Ubuntu 24.04.3 LTS", kernel: "6.8.0-85-generic" };
    const cluster = buildCluster({
      name: "lab",
      environment: "Stg",
      controlPlane: ["v1.33.5"],
      workers: { prefix: "lab-w", count: 3, version: "v1.33.5" },
      rollout: { target: "1.34", pauseTicks: 0, runtime: "containerd://2.1.4", os },
      now,
    });
    const upgraded = () => cluster.nodes.filter((node) => node.kubelet.startsWith("v1.34"));
    for (let tick = 0; tick < 500 && upgraded().length < 2; tick += 1) advanceRollout(cluster);
    for (const node of cluster.nodes) {
      const moved = node.kubelet.startsWith("v1.34");
      expect([node.containerRuntime, node.osImage, node.kernel], node.name).toEqual(
        moved
          ? ["containerd://2.1.4", os.image, os.kernel]
          : ["containerd://1.7.22", "Ubuntu 22.04.5 LTS", "5.15.0-126-generic"],
      );
    }
    expect(cluster.nodes.filter((node) => !node.kubelet.startsWith("v1.34")).length).toBeGreaterThan(0);
  });

  it("settles the control plane (the gate's check turns from block to pass) as the hop finishes, then moves kube-proxy", () => {
    const stg = demoFleet(now, { pauseTicks: 3 }).find((c) => c.name === "stg-gpu")!;
    const settled = () =>
      controlPlaneSettledCheck({
        clusterHref: "/fleet/stg-gpu",
        snapshot: snapshotOfCluster(stg),
        findings: [],
        today: "2026-11-27",
        nodes: [],
        plan: null,
      }).verdict;
    expect(settled()).toBe("block");
    expect(new Set(stg.nodes.map((n) => n.kubeProxy))).toEqual(new Set(["v1.32.9"]));
    let ticks = 0;
    while (settled() === "block" && ticks < 20) {
      advanceRollout(stg);
      ticks += 1;
    }
    expect(settled()).toBe("pass");
    expect(stg.controlPlane.map((cp) => cp.apiserver)).toEqual(["v1.33.5", "v1.33.5", "v1.33.5"]);
    // kube-proxy followed the control plane while the kubelets stayed behind.
    expect(new Set(stg.nodes.map((n) => n.kubeProxy))).toEqual(new Set(["v1.33.5"]));
    expect(stg.nodes.some((n) => n.kubelet === "v1.32.9")).toBe(true);
  });

  it("does not go on over a broken skew", () => {
    const batch = demoFleet(now).find((c) => c.name === "stg-batch")!;
    batch.rollout = { target: "1.34", pauseTicks: 0, waiting: 0, node: null };
    const before = JSON.stringify(batch.controlPlane);
    expect(advanceRollout(batch)).toBe(false);
    expect(JSON.stringify(batch.controlPlane)).toBe(before);
  });
});
