import type { NodeInfo } from "@/lib/kube/types";

/** A Ready, schedulable node as a cluster read reports it, for tests that care about versions. */
export function nodeInfo(name: string, kubeletVersion: string, extra: Partial<NodeInfo> = {}): NodeInfo {
  return {
    name,
    roles: [],
    kubeletVersion,
    kubeProxyVersion: null,
    containerRuntime: "containerd://1.7.22",
    osImage: "Ubuntu",
    kernel: "6.8",
    cloud: null,
    ready: true,
    cordoned: false,
    createdAt: null,
    ...extra,
  };
}
