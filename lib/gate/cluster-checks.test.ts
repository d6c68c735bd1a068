import { describe, expect, it } from "vitest";
import { tenantFlowSchema } from "@/lib/testing/api-use";
import { planUpgrade } from "@/lib/skew/plan";
import { findSkewViolations } from "@/lib/skew/rules";
import { snapshotOf } from "@/lib/testing/skew-snapshot";
import {
  clusterChecks,
  controlPlaneSettledCheck,
  nodesBeforeHopCheck,
  nodesReadyCheck,
  skewPolicyCheck,
  skewProblems,
  supportWindowCheck,
  removedApisCheck,
  type ClusterGateInput,
} from "./cluster-checks";

type Shape = Parameters<typeof snapshotOf>[0];

/** A cluster as the checks see it: its snapshot, findings and plan towards `target`. */
function inputOf(shape: Shape, target = "1.34", unwell: Record<string, { ready?: boolean; cordoned?: boolean }> = {}) {
  const snapshot = snapshotOf(shape);
  return {
    clusterHref: "/fleet/c1",
    snapshot,
    findings: findSkewViolations(snapshot),
    nodes: snapshot.nodes.map((node) => ({
      name: node.name,
      ready: unwell[node.name]?.ready ?? true,
      cordoned: unwell[node.name]?.cordoned ?? false,
    })),
    plan: planUpgrade(snapshot, target),
    today: "2026-11-27",
  } satisfies ClusterGateInput;
}

describe("skewPolicyCheck", () => {
  it("passes a cluster within the policy", () => {
    const check = skewPolicyCheck(inputOf({ apiservers: ["v1.32.4"], nodes: [["w1", "v1.29.0"]] }));
    expect(check).toMatchObject({ id: "skew-policy", verdict: "pass", items: [] });
  });

  it("warns, not blocks, on a kubelet one minor ahead: the next hop brings the control plane up to it", () => {
    const check = skewPolicyCheck(inputOf({ apiservers: ["v1.32.4"], nodes: [["gpu-7", "v1.33.1"]] }));
    expect(check.verdict).toBe("warn");
    expect(check.sentence).toBe(
      "1 node ahead of the apiserver; the next hop (Control plane 1.32 → 1.33) brings the control plane up to it.",
    );
  });

  it("blocks a kubelet ahead when no hop is planned up to it (the target is below the node)", () => {
    const check = skewPolicyCheck(inputOf({ apiservers: ["v1.32.4"], nodes: [["gpu-7", "v1.33.1"]] }, "1.32"));
    expect(check.verdict).toBe("block");
  });

  it("blocks a kubelet two minors ahead: one hop cannot reach it", () => {
    const check = skewPolicyCheck(inputOf({ apiservers: ["v1.32.4"], nodes: [["gpu-7", "v1.34.1"]] }));
    expect(check).toMatchObject({ verdict: "block", items: [{ label: "node gpu-7", href: "/fleet/c1" }] });
  });

  it("blocks a kubelet too far behind", () => {
    const check = skewPolicyCheck(inputOf({ apiservers: ["v1.33.4"], nodes: [["old", "v1.29.0"]] }));
    expect(check.verdict).toBe("block");
    expect(check.sentence).toBe("1 part of the cluster is outside the version skew policy: node old.");
  });

  it("counts one node's kubelet and kube-proxy out of policy as one problem with two parts", () => {
    const input = inputOf({ apiservers: ["v1.33.4"], nodes: [["old", "v1.29.0", "v1.29.0"]] });
    expect(input.findings.map((f) => f.rule)).toEqual(["kubelet-too-old", "kube-proxy-too-old"]);
    expect(skewProblems(input.findings)).toHaveLength(1);
    const check = skewPolicyCheck(input);
    expect(check.items).toHaveLength(1);
    expect(check.items[0]!.detail).toContain("kube-proxy on old");
  });
});

describe("controlPlaneSettledCheck", () => {
  it("passes a control plane on one minor, patch differences included", () => {
    const check = controlPlaneSettledCheck(inputOf({ apiservers: ["v1.32.4", "v1.32.9"] }));
    expect(check.verdict).toBe("pass");
  });

  it("blocks mid-rollout and names the members still on the old minor", () => {
    const check = controlPlaneSettledCheck(
      inputOf({ apiservers: ["v1.33.0", "v1.32.5", "v1.32.5"], controllerManagers: ["v1.32.5", "v1.32.5", "v1.32.5"] }),
    );
    expect(check.verdict).toBe("block");
    expect(check.sentence).toBe("The control plane is mid-rollout (1.32 and 1.33): finish it before the next hop.");
    expect(check.items.map((i) => i.label)).toContain("kube-apiserver on cp-2");
    expect(check.items.map((i) => i.label)).not.toContain("kube-apiserver on cp-1");
  });
});

describe("nodesBeforeHopCheck", () => {
  it("passes when 3 minors behind the next hop (the policy's limit from 1.25)", () => {
    expect(nodesBeforeHopCheck(inputOf({ apiservers: ["v1.31.4"], nodes: [["w", "v1.29.0"]] })).verdict).toBe("pass");
  });

  it("blocks when the hop would leave nodes 4 minors behind, naming each", () => {
    const check = nodesBeforeHopCheck(
      inputOf({
        apiservers: ["v1.32.2"],
        nodes: [
          ["old-1", "v1.29.6"],
          ["old-2", "v1.29.6"],
        ],
      }),
    );
    expect(check.verdict).toBe("block");
    expect(check.items.map((i) => i.label)).toEqual(["old-1", "old-2"]);
  });
});

describe("nodesReadyCheck", () => {
  const shape: Shape = {
    apiservers: ["v1.32.2"],
    nodes: [
      ["w1", "v1.32.2"],
      ["w2", "v1.32.2"],
    ],
  };

  it("blocks a hop while a node is NotReady or cordoned, saying which", () => {
    const check = nodesReadyCheck(inputOf(shape, "1.34", { w2: { ready: false, cordoned: true } }));
    expect(check.verdict).toBe("block");
    expect(check.items).toEqual([{ label: "w2", href: "/fleet/c1", detail: "NotReady, cordoned" }]);
  });

  it("only warns during a node rollout, where a cordoned node is the rollout itself", () => {
    const rolling = inputOf(
      {
        apiservers: ["v1.34.1"],
        nodes: [
          ["w1", "v1.34.1"],
          ["w2", "v1.32.2"],
        ],
      },
      "1.34",
      { w2: { cordoned: true } },
    );
    expect(rolling.plan.next?.step.kind).toBe("nodes");
    expect(nodesReadyCheck(rolling).verdict).toBe("warn");
  });

  it("passes when every node is Ready and schedulable", () => {
    expect(nodesReadyCheck(inputOf(shape)).verdict).toBe("pass");
  });
});

describe("clusterChecks", () => {
  it("answers every cluster check, by name, in a stable order", () => {
    expect(clusterChecks(inputOf({ apiservers: ["v1.32.2"] })).map((c) => c.id)).toEqual([
      "skew-policy",
      "control-plane-settled",
      "nodes-before-hop",
      "nodes-ready",
      "support-window",
      "removed-apis",
    ]);
  });
});

describe("supportWindowCheck", () => {
  const on = (apiserver: string, today: string) =>
    supportWindowCheck({ ...inputOf({ apiservers: [apiserver] }), today });

  it("passes a supported version, saying how long it has left", () => {
    const check = on("v1.34.1", "2026-05-01");
    expect(check.verdict).toBe("pass");
    expect(check.sentence).toBe("Kubernetes 1.34 (upstream end of life) ends 2026-10-27, in 179 days.");
  });

  it("warns in the last 90 days and past the end, never blocks", () => {
    expect(on("v1.34.1", "2026-09-01").verdict).toBe("warn");
    const past = on("v1.31.13", "2026-11-27");
    expect(past.verdict).toBe("warn");
    expect(past.sentence).toBe("Kubernetes 1.31 (upstream end of life) ended 2025-11-11, 381 days ago: no more fixes.");
  });

  it("follows EKS's own calendar for an EKS version: standard support, then extended", () => {
    expect(on("v1.31.13-eks-7a2b3c4", "2025-10-01").sentence).toContain("1.31 (standard support) ends 2025-11-26");
    const extended = on("v1.31.13-eks-7a2b3c4", "2026-01-05");
    expect(extended.sentence).toBe("Kubernetes 1.31 (extended support) ends 2026-11-26, in 325 days.");
    expect(extended.link?.href).toContain("docs.aws.amazon.com/eks");
  });

  it("follows AKS's calendar where the nodes name Azure as their provider, since AKS versions are plain", () => {
    const input = inputOf({ apiservers: ["v1.33.2"], nodes: [["aks-pool-0", "v1.33.2"]] });
    const onAzure = { ...input, nodes: input.nodes.map((node) => ({ ...node, cloud: "azure" })), today: "2026-08-15" };
    const check = supportWindowCheck(onAzure);
    expect(check.sentence).toBe("Kubernetes 1.33 (extended support) ends 2027-07-31, in 350 days.");
    expect(check.link?.href).toContain("learn.microsoft.com/en-us/azure/aks");
    expect(supportWindowCheck({ ...input, today: "2026-08-15" }).sentence).toContain("(upstream end of life) ended");
  });

  it("says when a version is not in the shipped table, instead of claiming anything", () => {
    const check = on("v1.40.0", "2026-11-27");
    expect(check).toMatchObject({ verdict: "pass", link: null });
    expect(check.sentence).toContain("not in the support table");
  });
});

describe("removedApisCheck", () => {
  const on = (apiUsage: ClusterGateInput["apiUsage"], target = "1.34") =>
    removedApisCheck({ ...inputOf({ apiservers: ["v1.31.13"] }, target), apiUsage });

  it("blocks on an object last written through a version a hop removes, naming writer, hop and replacement", () => {
    const check = on({ objects: [tenantFlowSchema], crds: [], requested: { state: "read", requests: [] } });
    expect(check.verdict).toBe("block");
    expect(check.sentence).toBe("1 object written through a version the way to 1.34 removes.");
    expect(check.items).toEqual([
      {
        label: "FlowSchema batch-jobs",
        href: "/fleet/c1#removed-apis",
        detail:
          "flowcontrol.apiserver.k8s.io/v1beta3, removed in Kubernetes 1.32; use flowcontrol.apiserver.k8s.io/v1; last written by helm",
      },
    ]);
  });

  it("passes when the target stops before the removal, and says /metrics was refused", () => {
    const check = on({ objects: [tenantFlowSchema], crds: [], requested: { state: "forbidden" } }, "1.31");
    expect(check.verdict).toBe("pass");
    expect(check.sentence).toContain("/metrics was refused");
  });

  it("warns, without blocking, on requests the apiserver counted", () => {
    const requests = [
      { group: "flowcontrol.apiserver.k8s.io", version: "v1beta3", resource: "flowschemas", removedRelease: "1.32" },
    ];
    expect(on({ objects: [], crds: [], requested: { state: "read", requests } }).verdict).toBe("warn");
  });

  it("warns when discovery did not read it, instead of passing what it does not know", () => {
    expect(on(null)).toMatchObject({ verdict: "warn", sentence: expect.stringContaining("Not read") });
  });

  it("after the hop that removed it, warns that the next apply of the same manifest is refused, with Helm's guide", () => {
    const usage = { objects: [tenantFlowSchema], crds: [], requested: { state: "read" as const, requests: [] } };
    const after = removedApisCheck({ ...inputOf({ apiservers: ["v1.32.9"] }, "1.34"), apiUsage: usage, since: "1.31" });
    expect(after.verdict).toBe("warn");
    expect(after.sentence).toContain("1 object still last written through a version this cluster no longer serves");
    expect(after.link?.href).toBe("https://helm.sh/docs/topics/kubernetes_apis/");
    expect(after.items[0]!.detail).toContain("no longer served here (removed in Kubernetes 1.32");
    // Without the campaign's starting version, a removal behind the cluster is not looked for.
    expect(removedApisCheck({ ...inputOf({ apiservers: ["v1.32.9"] }, "1.34"), apiUsage: usage }).verdict).toBe("pass");
  });
});
