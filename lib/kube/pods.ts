import type { V1Pod } from "@kubernetes/client-node";
import { parseImage } from "./workloads";
import { CONTROL_PLANE_COMPONENTS, type ControlPlaneComponent, type ControlPlaneMember } from "@/lib/skew/types";

/* What Stepwise reads off Pods: image tags, and the control plane from its static pods. Tolerant, like ./nodes. */

/** "registry.k8s.io/kube-apiserver:v1.33.2" -> "v1.33.2"; digests and registries with ports are handled. */
export function imageTag(image: string): string | null {
  return parseImage(image).tag;
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

/** kube-proxy's version per node, from the image tag of the DaemonSet pod scheduled there. */
export function kubeProxyByNode(pods: V1Pod[]): Map<string, string> {
  const byNode = new Map<string, string>();
  for (const pod of pods) {
    const node = pod.spec?.nodeName;
    const container = pod.spec?.containers?.find((c) => c.name === "kube-proxy") ?? pod.spec?.containers?.[0];
    const version = container?.image ? imageTag(container.image) : null;
    if (node && version) byNode.set(node, version);
  }
  return byNode;
}
