import type { ControlPlaneMember } from "@/lib/skew/types";

/** Stepwise's own view of a cluster: the rest of the app never sees client-node's shapes. */

export type NodeInfo = {
  name: string;
  roles: string[];
  kubeletVersion: string;
  /** From the kube-proxy DaemonSet's pod on the node; null where none runs there. */
  kubeProxyVersion: string | null;
  containerRuntime: string;
  osImage: string;
  kernel: string;
  ready: boolean;
  cordoned: boolean;
  createdAt: string | null;
};

export type ClusterReading = {
  serverVersion: string;
  nodes: NodeInfo[];
  /** Null on managed clusters (EKS, GKE, AKS), where the control plane's pods are not visible. */
  controlPlane: ControlPlaneMember[] | null;
  /** "absent": no kube-proxy pods, e.g. Cilium replaces it; then no kube-proxy skew rule applies. */
  kubeProxy: "daemonset" | "absent";
};

export const FAULT_KINDS = [
  "unreachable",
  "timeout",
  "unauthorized",
  "forbidden",
  "tls",
  "malformed",
  "not-configured",
  "error",
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Why a cluster could not be read, in words safe to show and to log: never a credential. */
export type ClusterFault = { kind: FaultKind; message: string };

export type ClusterRead = { ok: true; reading: ClusterReading } | { ok: false; fault: ClusterFault };
