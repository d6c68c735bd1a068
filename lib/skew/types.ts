/** What the skew engine reads: versions as a cluster reports them, nothing client-node specific. */

export const CONTROL_PLANE_COMPONENTS = [
  "kube-apiserver",
  "kube-controller-manager",
  "kube-scheduler",
  "etcd",
] as const;
export type ControlPlaneComponent = (typeof CONTROL_PLANE_COMPONENTS)[number];

export type ControlPlaneMember = {
  component: ControlPlaneComponent;
  /** The control-plane node the static pod runs on. */
  node: string;
  version: string;
};

export type NodeVersions = {
  name: string;
  kubeletVersion: string;
  /** Null where the node no longer reports it (it is deprecated in the node status). */
  kubeProxyVersion: string | null;
};

export type SkewSnapshot = {
  /** What /version answers: the apiserver behind the load balancer. */
  serverVersion: string;
  /** Static control-plane pods (kubeadm, Kubespray); null on managed clusters that hide them. */
  controlPlane: ControlPlaneMember[] | null;
  nodes: NodeVersions[];
};

export type SkewRule =
  | "apiserver-ha"
  | "control-plane-newer"
  | "control-plane-too-old"
  | "kubelet-newer"
  | "kubelet-too-old"
  | "kube-proxy-newer"
  | "kube-proxy-too-old"
  | "kube-proxy-kubelet"
  | "unreadable-version";

export type SkewFinding = {
  rule: SkewRule;
  /** The node or component at fault, e.g. "kubelet on gpu-worker-3". */
  subject: string;
  /** The node whose kubelet or kube-proxy is at fault; null for the control plane. Groups one node's parts into one problem. */
  node: string | null;
  version: string;
  /** The version it was compared against. */
  against: string;
  message: string;
  fix: string;
};

/** What must happen before a control-plane hop: nodes the hop would leave too far behind. */
export type Prerequisite = { message: string; nodes: string[] };

export type PlanStep =
  { kind: "control-plane-hop"; from: string; to: string } | { kind: "nodes"; to: string; nodes: string[]; why: string };

export type UpgradePlan = {
  /** The control plane's minor now ("1.31"); null when no apiserver version could be read. */
  current: string | null;
  target: string;
  steps: PlanStep[];
  /** The next control-plane hop (or the last node step) and what it needs first; null once there is nothing left to do. The gate (lib/gate) decides whether it may start now. */
  next: { step: PlanStep; prerequisites: Prerequisite[] } | null;
  /** Why no plan could be made (the apiserver's version unreadable, a target that is no version); null otherwise. */
  unplannable: string | null;
};
