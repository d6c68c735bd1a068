import type { V1Node, V1Pod } from "@kubernetes/client-node";
import { CONTROL_PLANE_COMPONENTS, type ControlPlaneComponent, type ControlPlaneMember } from "@/lib/skew/types";
import type { NodeInfo } from "./types";

/*
 * Everything Stepwise reads off a Node or a control-plane Pod, in one place (as Headlamp keeps
 * its accessors per resource kind). Tolerant: a field a cluster leaves out reads as empty, never throws.
 */

const ROLE_PREFIX = "node-role.kubernetes.io/";

export function nodeRoles(node: V1Node): string[] {
  return Object.keys(node.metadata?.labels ?? {})
    .filter((label) => label.startsWith(ROLE_PREFIX))
    .map((label) => label.slice(ROLE_PREFIX.length))
    .filter(Boolean);
}

export function isReady(node: V1Node): boolean {
  return node.status?.conditions?.some((condition) => condition.type === "Ready" && condition.status === "True") ?? false;
}

export function toNodeInfo(node: V1Node): NodeInfo {
  const info = node.status?.nodeInfo;
  const created = node.metadata?.creationTimestamp;
  return {
    name: node.metadata?.name ?? "(unnamed)",
    roles: nodeRoles(node),
    kubeletVersion: info?.kubeletVersion ?? "",
    // Deprecated in the node status and often empty: then it is simply not known.
    kubeProxyVersion: info?.kubeProxyVersion || null,
    containerRuntime: info?.containerRuntimeVersion ?? "",
    osImage: info?.osImage ?? "",
    kernel: info?.kernelVersion ?? "",
    ready: isReady(node),
    cordoned: node.spec?.unschedulable === true,
    // Raw JSON carries the RFC 3339 string already; client-node's typed objects carry a Date.
    createdAt: created ? (typeof created === "string" ? created : created.toISOString()) : null,
  };
}

/** "registry.k8s.io/kube-apiserver:v1.33.2" -> "v1.33.2"; digests and registries with ports are handled. */
export function imageTag(image: string): string | null {
  const withoutDigest = image.split("@")[0] ?? "";
  const lastSlash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.indexOf(":", lastSlash + 1);
  return colon === -1 ? null : withoutDigest.slice(colon + 1);
}

/** Static control-plane pods (kubeadm, Kubespray) as component + node + version; empty when none are visible. */
export function controlPlaneMembers(pods: V1Pod[]): ControlPlaneMember[] {
  return pods.flatMap((pod) => {
    const component = pod.metadata?.labels?.component;
    if (!component || !(CONTROL_PLANE_COMPONENTS as readonly string[]).includes(component)) return [];
    const container = pod.spec?.containers?.find((c) => c.name === component) ?? pod.spec?.containers?.[0];
    const version = container?.image ? imageTag(container.image) : null;
    if (!version) return [];
    return [{ component: component as ControlPlaneComponent, node: pod.spec?.nodeName ?? "(unscheduled)", version }];
  });
}
