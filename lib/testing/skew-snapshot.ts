import type { ControlPlaneMember, SkewSnapshot } from "@/lib/skew/types";

type Shape = {
  /** One per control-plane node: cp-1, cp-2 ... */
  apiservers?: string[];
  controllerManagers?: string[];
  schedulers?: string[];
  /** [name, kubelet, kube-proxy?] */
  nodes?: [string, string, string?][];
  serverVersion?: string;
  /** A managed cluster: the control plane is not visible. */
  managed?: boolean;
};

/** A snapshot for the skew tests, written the way people describe clusters. */
export function snapshotOf(shape: Shape): SkewSnapshot {
  const apiservers = shape.apiservers ?? ["v1.31.4"];
  const member = (component: ControlPlaneMember["component"]) => (version: string, index: number) => ({
    component,
    node: `cp-${index + 1}`,
    version,
  });
  return {
    serverVersion: shape.serverVersion ?? apiservers[0] ?? "v1.31.4",
    controlPlane: shape.managed
      ? null
      : [
          ...apiservers.map(member("kube-apiserver")),
          ...(shape.controllerManagers ?? apiservers).map(member("kube-controller-manager")),
          ...(shape.schedulers ?? apiservers).map(member("kube-scheduler")),
        ],
    nodes: (shape.nodes ?? []).map(([name, kubelet, proxy]) => ({
      name,
      kubeletVersion: kubelet,
      kubeProxyVersion: proxy ?? null,
    })),
  };
}
