import { describe, expect, it } from "vitest";
import { exitCodeOf, formatReport } from "@/lib/cli/skew-report";
import type { ClusterReading } from "@/lib/kube/types";
import { nodeInfo } from "@/lib/testing/node-info";
import { clusterView, versionHistogram } from "./cluster-view";

const ref = { id: "c1", name: "stg-gpu", context: "stg-gpu", environment: { id: "e", name: "Stg" } };
const meta = { readAt: new Date("2026-11-22T09:00:00Z"), durationMs: 42 };

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
    kubeProxy: "daemonset",
    discovery: null,
    nodes: [nodeInfo("w1", "v1.32.9", { cordoned: true }), nodeInfo("w2", "v1.33.5", { ready: false })],
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
    expect(view.status === "ok" && view.plan?.next?.step).toEqual({
      kind: "control-plane-hop",
      from: "1.32",
      to: "1.33",
    });
    // The node ahead is what the hop fixes (a warning); the NotReady node blocks the hop.
    expect(view.status === "ok" && view.checks.map((c) => [c.id, c.verdict])).toEqual([
      ["skew-policy", "warn"],
      ["control-plane-settled", "pass"],
      ["nodes-before-hop", "pass"],
      ["nodes-ready", "block"],
      // 1.32 left upstream support on 2026-02-28, before this reading (2026-11-22): a warning, judged on the day read.
      ["support-window", "warn"],
      // Discovery was not asked for: removed-API usage is unknown, said as a warning, never a pass.
      ["removed-apis", "warn"],
    ]);
    expect(view.status === "ok" && view.checks.find((c) => c.id === "support-window")?.sentence).toContain(
      "ended 2026-02-28",
    );
  });

  it("shows every apiserver's version during a control-plane rollout", () => {
    const member = (component: "kube-apiserver" | "kube-controller-manager", node: string, version: string) => ({
      component,
      node,
      version,
    });
    const view = clusterView(
      ref,
      {
        ok: true,
        reading: {
          ...reading,
          controlPlane: [
            member("kube-apiserver", "cp-1", "v1.33.5"),
            member("kube-apiserver", "cp-2", "v1.32.9"),
            member("kube-apiserver", "cp-3", "v1.32.9"),
            member("kube-controller-manager", "cp-1", "v1.32.9"),
          ],
        },
      },
      meta,
      "1.34",
    );
    expect(view.status === "ok" && view.apiserverVersions).toEqual([
      { version: "v1.33.5", count: 1 },
      { version: "v1.32.9", count: 2 },
    ]);
    expect(view.status === "ok" && view.checks.find((c) => c.id === "control-plane-settled")?.verdict).toBe("block");
  });

  it("has no plan without a running campaign", () => {
    const view = clusterView(ref, { ok: true, reading }, meta, null);
    expect(view.status === "ok" && view.plan).toBeNull();
    expect(view.status === "ok" && view.apiserverVersions).toEqual([{ version: "v1.32.9", count: 1 }]);
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
    {
      ok: true,
      reading: {
        serverVersion: "v1.34.1",
        controlPlane: null,
        kubeProxy: "daemonset",
        discovery: null,
        nodes: [nodeInfo("w1", "v1.34.1")],
      },
    },
    meta,
    "1.34",
  );
  const broken = clusterView(
    { ...ref, name: "stg-batch" },
    {
      ok: true,
      reading: {
        serverVersion: "v1.32.9",
        controlPlane: null,
        kubeProxy: "daemonset",
        discovery: null,
        nodes: [nodeInfo("w3", "v1.33.5")],
      },
    },
    meta,
    "1.34",
  );
  const down = clusterView(
    { ...ref, name: "gone" },
    { ok: false, fault: { kind: "unreachable", message: "gone could not be reached (ECONNREFUSED)." } },
    meta,
    "1.34",
  );

  const notReady = clusterView(
    { ...ref, name: "stg-web" },
    {
      ok: true,
      reading: {
        serverVersion: "v1.32.9",
        controlPlane: null,
        kubeProxy: "daemonset",
        discovery: null,
        nodes: [nodeInfo("w4", "v1.32.9", { ready: false })],
      },
    },
    meta,
    "1.34",
  );

  it("without --target judges the skew policy only: exit 0 within it, 1 outside, 2 when a cluster is unreadable", () => {
    expect(exitCodeOf([clean], "policy")).toBe(0);
    expect(exitCodeOf([clean, notReady], "policy")).toBe(0);
    expect(exitCodeOf([clean, broken], "policy")).toBe(1);
    expect(exitCodeOf([clean, broken, down], "policy")).toBe(2);
  });

  it("with --target lets the hop's gate decide: a node ahead that the hop fixes passes, a NotReady node blocks", () => {
    expect(exitCodeOf([clean, broken], "gate")).toBe(0);
    expect(exitCodeOf([clean, notReady], "gate")).toBe(1);
    expect(exitCodeOf([notReady, down], "gate")).toBe(2);
  });

  it("marks each cluster as its exit code judges it, with violations, fixes and the gate's reasons", () => {
    const policy = formatReport([clean, broken, notReady, down], "policy");
    expect(policy).toContain("✓ stg-gpu: apiserver v1.34.1; 1 nodes (v1.34.1×1)");
    expect(policy).toContain("✗ stg-batch: apiserver v1.32.9");
    expect(policy).toContain("violation [kubelet-newer] kubelet on w3 (1.33) is newer than kube-apiserver (1.32).");
    expect(policy).toContain("fix: Hop the control plane to 1.33 (the next hop brings it up to the node)");
    expect(policy).toContain("✓ stg-web: apiserver v1.32.9");
    expect(policy).toContain("next hop: Control plane 1.32 → 1.33: information only (no --target)");
    expect(policy).toContain("✗ gone: could not be read (unreachable)");

    const gate = formatReport([broken, notReady], "gate");
    expect(gate).toContain("✓ stg-batch: apiserver v1.32.9");
    expect(gate).toMatch(/next hop: Control plane 1\.32 → 1\.33: gate OPEN\n\s+! Version skew policy: 1 node ahead/);
    expect(gate).toContain("✗ stg-web: apiserver v1.32.9");
    expect(gate).toMatch(/gate BLOCKED\n\s+- Nodes Ready and schedulable: 1 node NotReady or cordoned/);
  });
});
