import type { V1Node } from "@kubernetes/client-node";
import type { NodeInfo } from "./types";

/*
 * What Stepwise reads off a Node, in one place (as Headlamp keeps its accessors per resource
 * kind). Tolerant: a field a cluster leaves out reads as empty, never throws.
 */

const ROLE_PREFIX = "node-role.kubernetes.io/";

export function nodeRoles(node: V1Node): string[] {
  return Object.keys(node.metadata?.labels ?? {})
    .filter((label) => label.startsWith(ROLE_PREFIX))
    .map((label) => label.slice(ROLE_PREFIX.length))
    .filter(Boolean);
}

export function isReady(node: V1Node): boolean {
  return (
    node.status?.conditions?.some((condition) => condition.type === "Ready" && condition.status === "True") ?? false
  );
}

/** `kubeProxy`: kube-proxy's version per node name, read from its DaemonSet's pods. */
export function toNodeInfo(node: V1Node, kubeProxy: ReadonlyMap<string, string> = new Map()): NodeInfo {
  const info = node.status?.nodeInfo;
  const created = node.metadata?.creationTimestamp;
  const name = node.metadata?.name ?? "(unnamed)";
  return {
    name,
    roles: nodeRoles(node),
    kubeletVersion: info?.kubeletVersion ?? "",
    // Not nodeInfo.kubeProxyVersion: the kubelet filled it with its own version, and since 1.31 with "" (KEP-4004).
    kubeProxyVersion: kubeProxy.get(name) ?? null,
    containerRuntime: info?.containerRuntimeVersion ?? "",
    osImage: info?.osImage ?? "",
    kernel: info?.kernelVersion ?? "",
    cloud: /^([a-z0-9-]+):\/\//.exec(node.spec?.providerID ?? "")?.[1] ?? null,
    ready: isReady(node),
    cordoned: node.spec?.unschedulable === true,
    // Raw JSON carries the RFC 3339 string already; client-node's typed objects carry a Date.
    createdAt: created ? (typeof created === "string" ? created : created.toISOString()) : null,
  };
}
