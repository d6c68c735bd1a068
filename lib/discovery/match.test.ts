import { describe, expect, it } from "vitest";
import { nodeInfo } from "@/lib/testing/node-info";
import { formatSpread, isRelease, runningState, spreadOf, type Sighting } from "./match";
import { chartOf, sightingsOf } from "./sightings";
import { defaultMatchRule } from "./well-known";

const sightings: Sighting[] = [
  { kind: "node-runtime", key: "containerd", version: "1.7.22", count: 8 },
  { kind: "node-runtime", key: "containerd", version: "2.1.4", count: 1 },
  { kind: "image", key: "quay.io/jetstack/cert-manager-controller", version: "v1.15.3", count: 1 },
  { kind: "image", key: "harbor.example/quay.io/jetstack/cert-manager-controller", version: "v1.18.2", count: 1 },
  { kind: "image", key: "quay.io/jetstack/cert-manager-webhook", version: "v1.15.3", count: 1 },
];

describe("spreads", () => {
  it("counts a runtime per node, most common first", () => {
    const spread = spreadOf({ kind: "node-runtime", value: "containerd" }, sightings);
    expect(formatSpread(spread)).toBe("1.7.22 ×8, 2.1.4 ×1");
    expect(formatSpread(spread.slice(0, 1))).toBe("1.7.22");
  });

  it("matches an image with or without its registry, never a neighbour's image", () => {
    const spread = spreadOf({ kind: "image", value: "jetstack/cert-manager-controller" }, sightings);
    expect(spread.map((entry) => entry.version)).toEqual(["v1.15.3", "v1.18.2"]);
    expect(spreadOf({ kind: "image", value: "cert-manager" }, sightings)).toEqual([]);
  });
});

describe("isRelease and runningState", () => {
  it.each([
    ["22.04.5", "22.04", true],
    ["v1.31.13-eks-7a2b3c4", "v1.31.13", true],
    ["535.183.01-ubuntu22.04", "535.183.01", true],
    ["1.7.2", "1.7.22", false],
    ["1.7.22", "1.7.2", false],
    ["v2.14.11", "2.14.11", true],
  ])("%s is %s: %s", (running, version, expected) => {
    expect(isRelease(running, version)).toBe(expected);
  });

  const containerd = { currentVersion: "1.7.22", targetVersion: "2.1.4" };
  it("says whether an environment runs the target, the current version, both, or something else", () => {
    expect(runningState(containerd, [{ version: "2.1.4", count: 9 }])).toBe("target");
    expect(runningState(containerd, [{ version: "1.7.22", count: 9 }])).toBe("current");
    expect(
      runningState(containerd, [
        { version: "1.7.22", count: 8 },
        { version: "2.1.4", count: 1 },
      ]),
    ).toBe("mixed");
    expect(
      runningState(containerd, [
        { version: "1.7.20", count: 1 },
        { version: "2.1.4", count: 8 },
      ]),
    ).toBe("other");
    expect(runningState(containerd, [])).toBe("none");
  });
});

describe("sightingsOf", () => {
  it("reads runtime, OS, kernel and kubelet per node, and images, charts and app labels per workload", () => {
    const found = sightingsOf({
      serverVersion: "v1.31.13",
      nodes: [
        nodeInfo("a", "v1.31.13", { containerRuntime: "containerd://1.7.22", osImage: "Ubuntu 22.04.5 LTS" }),
        nodeInfo("b", "v1.31.13", { containerRuntime: "containerd://1.7.22", osImage: "Ubuntu 22.04.5 LTS" }),
      ],
      controlPlane: [{ component: "etcd", node: "cp-1", version: "3.5.15-0" }],
      kubeProxy: "daemonset",
      discovery: {
        workloads: [
          {
            kind: "Deployment",
            namespace: "cert-manager",
            name: "cert-manager",
            images: [{ repository: "quay.io/jetstack/cert-manager-controller", tag: "v1.15.3", digest: null }],
            appName: "cert-manager",
            appVersion: "v1.15.3",
            chart: "cert-manager-v1.15.3",
            desired: 1,
            ready: 1,
          },
        ],
        applications: null,
        helmReleases: [
          {
            namespace: "flux-system",
            name: "metrics-server",
            chart: "metrics-server",
            version: "3.12.2",
            ready: "Ready",
          },
        ],
        helmSecrets: null,
        apiUsage: { objects: [], crds: [], requested: { state: "forbidden" } },
        preflight: null,
        missing: [],
      },
    });
    const of = (kind: string) => found.filter((s) => s.kind === kind).map((s) => `${s.key} ${s.version} ×${s.count}`);
    expect(of("node-runtime")).toEqual(["containerd 1.7.22 ×2"]);
    expect(of("node-os")).toEqual(["Ubuntu 22.04.5 ×2"]);
    expect(of("control-plane")).toEqual(["etcd 3.5.15-0 ×1"]);
    expect(of("image")).toEqual(["quay.io/jetstack/cert-manager-controller v1.15.3 ×1"]);
    expect(of("chart")).toEqual(["cert-manager v1.15.3 ×1", "metrics-server 3.12.2 ×1"]);
    expect(of("app-label")).toEqual(["cert-manager v1.15.3 ×1"]);
  });

  it.each([
    ["cert-manager-v1.15.3", ["cert-manager", "v1.15.3"]],
    ["kube-prometheus-stack-65.1.0", ["kube-prometheus-stack", "65.1.0"]],
    ["chart-1.0.0-rc-1", ["chart", "1.0.0-rc-1"]],
    ["no-version", null],
  ])("chartOf(%s)", (label, expected) => {
    expect(chartOf(label)).toEqual(expected);
  });
});

describe("defaultMatchRule", () => {
  it("prefills well-known components and leaves the rest to the team", () => {
    expect(defaultMatchRule("containerd")).toEqual({ kind: "node-runtime", value: "containerd" });
    expect(defaultMatchRule("Kubernetes (kubeadm)")).toEqual({ kind: "kubelet", value: "kubelet" });
    expect(defaultMatchRule("External Secrets Operator")?.value).toBe("external-secrets/external-secrets");
    expect(defaultMatchRule("tenant-operator")).toBeNull();
  });
});
