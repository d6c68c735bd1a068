import { describe, expect, it } from "vitest";
import { controlPlaneMembers, imageTag, toNodeInfo } from "./node-accessors";

describe("imageTag", () => {
  it.each([
    ["registry.k8s.io/kube-apiserver:v1.33.2", "v1.33.2"],
    ["registry.internal:5000/kube-apiserver:v1.31.4", "v1.31.4"],
    ["registry.k8s.io/etcd:3.5.15-0@sha256:abc", "3.5.15-0"],
    ["registry.internal:5000/kube-apiserver", null],
  ])("%s -> %s", (image, tag) => {
    expect(imageTag(image)).toBe(tag);
  });
});

describe("toNodeInfo", () => {
  it("reads roles, versions, Ready and cordoned", () => {
    const info = toNodeInfo({
      metadata: { name: "cp-1", labels: { "node-role.kubernetes.io/control-plane": "" }, creationTimestamp: new Date("2025-01-01T00:00:00Z") },
      spec: { unschedulable: true },
      status: {
        conditions: [{ type: "Ready", status: "True" }],
        nodeInfo: { kubeletVersion: "v1.33.2", kubeProxyVersion: "", containerRuntimeVersion: "containerd://2.1.4", osImage: "Ubuntu 24.04.3 LTS", kernelVersion: "6.8.0", operatingSystem: "linux", architecture: "amd64", bootID: "", machineID: "", systemUUID: "" },
      },
    });
    expect(info).toEqual({
      name: "cp-1",
      roles: ["control-plane"],
      kubeletVersion: "v1.33.2",
      kubeProxyVersion: null,
      containerRuntime: "containerd://2.1.4",
      osImage: "Ubuntu 24.04.3 LTS",
      kernel: "6.8.0",
      ready: true,
      cordoned: true,
      createdAt: "2025-01-01T00:00:00.000Z",
    });
  });

  it("treats a node with no status as not Ready with unknown versions instead of throwing", () => {
    expect(toNodeInfo({ metadata: { name: "w9" } })).toMatchObject({ name: "w9", ready: false, kubeletVersion: "", roles: [] });
  });
});

describe("controlPlaneMembers", () => {
  it("keeps the control-plane static pods and reads their versions from the image tag", () => {
    const pod = (component: string, node: string, image: string) => ({ metadata: { labels: { component } }, spec: { nodeName: node, containers: [{ name: component, image }] } });
    expect(
      controlPlaneMembers([
        pod("kube-apiserver", "cp-1", "registry.k8s.io/kube-apiserver:v1.33.2"),
        pod("etcd", "cp-1", "registry.k8s.io/etcd:3.5.21-0"),
        pod("coredns", "w1", "registry.k8s.io/coredns/coredns:v1.11.3"),
      ]),
    ).toEqual([
      { component: "kube-apiserver", node: "cp-1", version: "v1.33.2" },
      { component: "etcd", node: "cp-1", version: "3.5.21-0" },
    ]);
  });
});
