import { describe, expect, it } from "vitest";
import { controlPlaneMembers, imageTag } from "./pods";

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

describe("controlPlaneMembers", () => {
  it("keeps the control-plane static pods and reads their versions from the image tag", () => {
    const pod = (component: string, node: string, image: string) => ({
      metadata: { labels: { component } },
      spec: { nodeName: node, containers: [{ name: component, image }] },
    });
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
