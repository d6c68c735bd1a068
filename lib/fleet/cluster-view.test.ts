import { describe, expect, it } from "vitest";
import { exitCodeOf, formatReport } from "@/lib/cli/skew-report";
import type { ClusterReading } from "@/lib/kube/types";
import { clusterView, versionHistogram } from "./cluster-view";

const ref = { id: "c1", name: "stg-gpu", context: "stg-gpu", environment: { id: "e", name: "Stg" } };
const meta = { readAt: new Date("2026-11-22T09:00:00Z"), durationMs: 42 };
const node = (name: string, kubeletVersion: string, extra: Partial<ClusterReading["nodes"][number]> = {}) => ({
  name,
  roles: [],
  kubeletVersion,
  kubeProxyVersion: null,
  containerRuntime: "containerd://1.7.22",
  osImage: "Ubuntu",
  kernel: "6.8",
  ready: true,
  cordoned: false,
  createdAt: null,
  ...extra,
});

describe("versionHistogram", () => {
  it("counts each version, newest first, unreadable ones last", () => {
    expect(versionHistogram(["v1.31.13", "v1.33.5", "v1.31.13", "v1.29.15"])).toEqual([
      { version: "v1.33.5", count: 1 },
      { version: "v1.31.13", count: 2 },
      { version: "v1.29.15", count: 1 },
    ]);
  });
});

describe("clusterView", () => {
  const reading: ClusterReading = {
    serverVersion: "v1.32.9",
    controlPlane: null,
    nodes: [node("w1", "v1.32.9", { cordoned: true }), node("w2", "v1.33.5", { ready: false })],
  };

  it("summarises a reading: counts, findings and the plan towards the target", () => {
    const view = clusterView(ref, { ok: true, reading }, meta, "1.34");
    expect(view).toMatchObject({
      status: "ok",
      nodeCount: 2,
      readyCount: 1,
      cordonedCount: 1,
      controlPlaneVisible: false,
      readAt: "2026-11-22T09:00:00.000Z",
    });
    expect(view.status === "ok" && view.findings.map((f) => f.rule)).toEqual(["kubelet-newer"]);
    expect(view.status === "ok" && view.plan?.next?.gate.open).toBe(false);
  });

  it("has no plan without a running campaign", () => {
    const view = clusterView(ref, { ok: true, reading }, meta, null);
    expect(view.status === "ok" && view.plan).toBeNull();
  });

  it("carries a fault as the cluster's own error", () => {
    const view = clusterView(
      ref,
      { ok: false, fault: { kind: "timeout", message: "stg-gpu did not answer within 5 s." } },
      meta,
      "1.34",
    );
    expect(view).toMatchObject({ status: "error", fault: { kind: "timeout" } });
  });
});

describe("the command's report", () => {
  const clean = clusterView(
    ref,
    { ok: true, reading: { serverVersion: "v1.34.1", controlPlane: null, nodes: [node("w1", "v1.34.1")] } },
    meta,
    "1.34",
  );
  const broken = clusterView(
    { ...ref, name: "stg-batch" },
    { ok: true, reading: { serverVersion: "v1.32.9", controlPlane: null, nodes: [node("w3", "v1.33.5")] } },
    meta,
    "1.34",
  );
  const down = clusterView(
    { ...ref, name: "gone" },
    { ok: false, fault: { kind: "unreachable", message: "gone could not be reached (ECONNREFUSED)." } },
    meta,
    "1.34",
  );

  it("exits 0 clean, 1 on a violation or a blocked gate, 2 when any cluster is unreadable", () => {
    expect(exitCodeOf([clean])).toBe(0);
    expect(exitCodeOf([clean, broken])).toBe(1);
    expect(exitCodeOf([clean, broken, down])).toBe(2);
  });

  it("names each cluster, its violations with their fixes, and the gate", () => {
    const report = formatReport([clean, broken, down]);
    expect(report).toContain("✓ stg-gpu: apiserver v1.34.1; 1 nodes (v1.34.1×1)");
    expect(report).toContain("violation [kubelet-newer] kubelet on w3 (1.33) is newer than kube-apiserver (1.32).");
    expect(report).toContain("fix: Upgrade the control plane to 1.33 first");
    expect(report).toContain("gate BLOCKED");
    expect(report).toContain("✗ gone: could not be read (unreachable)");
  });
});
