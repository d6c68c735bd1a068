import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { parseImage, toArgoApplicationInfo, toHelmReleaseInfo, toWorkloadInfo } from "./workloads";

describe("parseImage", () => {
  it.each([
    ["quay.io/jetstack/cert-manager-controller:v1.15.3", "quay.io/jetstack/cert-manager-controller", "v1.15.3", null],
    ["nginx", "nginx", null, null],
    ["registry.local:5000/team/app", "registry.local:5000/team/app", null, null],
    ["registry.local:5000/team/app:2.0", "registry.local:5000/team/app", "2.0", null],
    [
      "registry.k8s.io/coredns/coredns:v1.11.3@sha256:9caabbf6238b189a65d0d6e6ac138de60d6a1c419e5a341fbbb7c78382559c6e",
      "registry.k8s.io/coredns/coredns",
      "v1.11.3",
      "sha256:9caabbf6238b189a65d0d6e6ac138de60d6a1c419e5a341fbbb7c78382559c6e",
    ],
    ["ghcr.io/org/app@sha256:abc", "ghcr.io/org/app", null, "sha256:abc"],
  ])("%s", (image, repository, tag, digest) => {
    expect(parseImage(image)).toEqual({ repository, tag, digest });
  });
});

describe("toWorkloadInfo", () => {
  it("keeps images (init containers too) and the labels charts set", () => {
    const info = toWorkloadInfo("Deployment", {
      metadata: {
        name: "cert-manager",
        namespace: "cert-manager",
        labels: {
          "app.kubernetes.io/name": "cert-manager",
          "app.kubernetes.io/version": "v1.15.3",
          "helm.sh/chart": "cert-manager-v1.15.3",
        },
      },
      spec: {
        template: {
          spec: {
            initContainers: [{ image: "busybox:1.36" }],
            containers: [{ image: "quay.io/jetstack/cert-manager-controller:v1.15.3" }],
          },
        },
      },
    });
    expect(info).toMatchObject({ appName: "cert-manager", appVersion: "v1.15.3", chart: "cert-manager-v1.15.3" });
    expect(info.images.map((image) => image.repository)).toEqual([
      "busybox",
      "quay.io/jetstack/cert-manager-controller",
    ]);
  });

  it("reads a workload without labels or containers as empty, not as an error", () => {
    expect(toWorkloadInfo("DaemonSet", {})).toEqual({
      kind: "DaemonSet",
      namespace: "default",
      name: "(unnamed)",
      images: [],
      appName: null,
      appVersion: null,
      chart: null,
      desired: 0,
      ready: 0,
    });
  });

  it("counts Ready pods against what each kind should have, with the API's defaults for absent fields", () => {
    const daemonSet = toWorkloadInfo("DaemonSet", { status: { desiredNumberScheduled: 200, numberReady: 198 } });
    expect([daemonSet.ready, daemonSet.desired]).toEqual([198, 200]);
    // replicas defaults to 1; readyReplicas is left out when none is Ready.
    const deployment = toWorkloadInfo("Deployment", { spec: {}, status: {} });
    expect([deployment.ready, deployment.desired]).toEqual([0, 1]);
    const statefulSet = toWorkloadInfo("StatefulSet", { spec: { replicas: 3 }, status: { readyReplicas: 3 } });
    expect([statefulSet.ready, statefulSet.desired]).toEqual([3, 3]);
  });
});

describe("toArgoApplicationInfo", () => {
  it("reads a chart source, its revision, the images Argo CD summarised, sync and health", () => {
    expect(
      toArgoApplicationInfo({
        metadata: { name: "cert-manager", namespace: "argocd" },
        spec: { source: { repoURL: "https://charts.jetstack.io", chart: "cert-manager", targetRevision: "v1.15.3" } },
        status: {
          summary: { images: ["quay.io/jetstack/cert-manager-controller:v1.15.3"] },
          sync: { status: "Synced" },
          health: { status: "Healthy" },
        },
      }),
    ).toMatchObject({
      chart: "cert-manager",
      path: null,
      targetRevision: "v1.15.3",
      sync: "Synced",
      health: "Healthy",
    });
  });

  it("takes the first of several sources", () => {
    const info = toArgoApplicationInfo({
      spec: { sources: [{ repoURL: "https://github.com/org/platform", path: "apps/loki", targetRevision: "main" }] },
    });
    expect(info).toMatchObject({ path: "apps/loki", chart: null, targetRevision: "main", sync: "Unknown" });
  });
});

describe("toHelmReleaseInfo", () => {
  // As Helm stores it: JSON, gzipped, base64 by Helm, then base64 again as the Secret's data.
  const secretOf = (release: unknown) => ({
    metadata: { namespace: "monitoring", labels: { owner: "helm", name: "kps", status: "deployed" } },
    data: {
      release: Buffer.from(gzipSync(Buffer.from(JSON.stringify(release))).toString("base64")).toString("base64"),
    },
  });

  it("reads the chart's name and versions out of Helm's gzipped record", () => {
    const release = {
      name: "kps",
      namespace: "monitoring",
      version: 7,
      chart: { metadata: { name: "kube-prometheus-stack", version: "65.1.0", appVersion: "v0.77.1" } },
      manifest: "---\n# the rendered manifests, not kept",
    };
    expect(toHelmReleaseInfo(secretOf(release))).toEqual({
      namespace: "monitoring",
      name: "kps",
      chart: "kube-prometheus-stack",
      chartVersion: "65.1.0",
      appVersion: "v0.77.1",
      revision: 7,
    });
  });

  it("skips a record it cannot decode instead of failing the read", () => {
    expect(toHelmReleaseInfo({ data: { release: "not base64 gzip json" } })).toBeNull();
    expect(toHelmReleaseInfo(secretOf({ name: "x" }))).toBeNull();
  });
});
