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
  /** The cloud named by spec.providerID ("azure", "aws", "gce"); null where none is set (bare metal). */
  cloud: string | null;
  ready: boolean;
  cordoned: boolean;
  createdAt: string | null;
};

/** A container image reference split the way registries name it. */
export type ImageRef = { repository: string; tag: string | null; digest: string | null };

export const WORKLOAD_KINDS = ["Deployment", "DaemonSet", "StatefulSet"] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

/** A workload as discovery keeps it: where it runs, its images, and the labels charts set. */
export type WorkloadInfo = {
  kind: WorkloadKind;
  namespace: string;
  name: string;
  images: ImageRef[];
  /** `app.kubernetes.io/name` and `app.kubernetes.io/version`. */
  appName: string | null;
  appVersion: string | null;
  /** `helm.sh/chart`, e.g. "cert-manager-v1.15.3". */
  chart: string | null;
  /** Pods it should have (a DaemonSet's desiredNumberScheduled, else spec.replicas) and how many are Ready. */
  desired: number;
  ready: number;
};

/** An Argo CD Application: what it deploys (a chart or a path at a revision) and how it stands. */
export type ArgoApplicationInfo = {
  namespace: string;
  name: string;
  repoURL: string;
  chart: string | null;
  path: string | null;
  targetRevision: string;
  /** From `status.summary.images`. */
  images: ImageRef[];
  sync: string;
  health: string;
};

/** A Flux HelmRelease: the chart it installs, at the version Flux last applied. */
export type FluxHelmReleaseInfo = {
  namespace: string;
  name: string;
  chart: string;
  /** The chart version last applied (status), else the one asked for (spec, may be a range). */
  version: string;
  ready: string;
};

/** A Helm release as Helm itself records it (a Secret per revision): read only when the operator allows Secrets. */
export type HelmReleaseInfo = {
  namespace: string;
  name: string;
  chart: string;
  chartVersion: string;
  appVersion: string | null;
  revision: number;
};

/** What discovery could not read, and the permission that would let it. */
export type MissingPermission = { resource: string; permission: string };

export type Discovery = {
  workloads: WorkloadInfo[];
  /** Null when the cluster has no Argo CD (the CRD is not served). */
  applications: ArgoApplicationInfo[] | null;
  /** Null when the cluster has no Flux helm-controller (its CRD is not served). */
  helmReleases: FluxHelmReleaseInfo[] | null;
  /** Null unless reading Helm's release Secrets is turned on (it needs Secret read access). */
  helmSecrets: HelmReleaseInfo[] | null;
  /** Objects still written through API versions the catalog lists as removed, and what the apiserver counted; null when not read. */
  apiUsage: ApiUsage | null;
  /** What the next hop's drain and restarts run into; null when not read. */
  preflight: Preflight | null;
  missing: MissingPermission[];
};

export type ClusterReading = {
  serverVersion: string;
  nodes: NodeInfo[];
  /** Null on managed clusters (EKS, GKE, AKS), where the control plane's pods are not visible. */
  controlPlane: ControlPlaneMember[] | null;
  /** "absent": no kube-proxy pods, e.g. Cilium replaces it; then no kube-proxy skew rule applies. */
  kubeProxy: "daemonset" | "absent";
  /** Workloads and GitOps applications; null when discovery was not asked for. */
  discovery: Discovery | null;
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

/** An object whose last writer went through an API version the catalog lists as removed. */
export type ApiUse = {
  kind: string;
  namespace: string | null;
  name: string;
  /** The version the writer used ("flowcontrol.apiserver.k8s.io/v1beta3"). */
  apiVersion: string;
  /** The field manager that wrote it ("helm", "kubectl-client-side-apply", "argocd-controller"). */
  manager: string;
  /**
   * "managedFields": the apiserver's record of the last write. "last-applied": only kubectl's
   * last-applied-configuration annotation says so (weaker: it records the last `kubectl apply`,
   * not the last write).
   */
  evidence: "managedFields" | "last-applied";
  /** The owning team, from the namespace's label (STEPWISE_OWNER_LABEL, "team" by default). */
  owner: string | null;
};

/** What the apiserver's own counter says was requested through deprecated versions. */
export type DeprecatedRequests =
  | {
      state: "read";
      requests: { group: string; version: string; resource: string; removedRelease: string }[];
    }
  /** Managed control planes usually refuse /metrics: said, never a failed read. */
  | { state: "forbidden" };

export type ApiUsage = {
  objects: ApiUse[];
  /** Custom resource definitions of the catalog's add-ons, with the versions their objects are stored in. */
  crds: Pick<CrdInfo, "name" | "group" | "storedVersions">[];
  requested: DeprecatedRequests;
};

/** A PodDisruptionBudget as a drain meets it. */
export type BudgetInfo = {
  namespace: string;
  name: string;
  /** The selector as written (matchLabels and matchExpressions), to spot budgets that select the same pods. */
  selector: string;
  disruptionsAllowed: number;
  expectedPods: number;
};

/** One admission webhook, and whether its service has a ready endpoint (null: it calls a URL, not a service). */
/** A CustomResourceDefinition as the checks keep it: "externalsecrets.external-secrets.io", its stored versions, its conversion webhook's "namespace/service". */
export type CrdInfo = { name: string; group: string; storedVersions: string[]; conversionService: string | null };

export type WebhookInfo = {
  configuration: string;
  kind: "ValidatingWebhookConfiguration" | "MutatingWebhookConfiguration";
  name: string;
  failurePolicy: "Fail" | "Ignore";
  service: string | null;
  readyEndpoints: number | null;
};

/** What a hop's drain and restart run into, read before it: budgets, webhooks, aggregated APIs, kube-system, the serving certificate. */
export type Preflight = {
  budgets: BudgetInfo[];
  webhooks: WebhookInfo[];
  /** CRDs converted by a webhook, and how many ready endpoints its service has (null: not read). */
  conversionWebhooks: { crd: string; service: string; readyEndpoints: number | null }[];
  /** Aggregated APIs (APIService with a service) whose Available condition is not True. */
  unavailableApiServices: { name: string; reason: string }[];
  /** kube-system pods that are not Ready: kube-proxy's and the static control plane's. */
  unreadySystemPods: { name: string; node: string | null; reason: string }[];
  /**
   * kube-system's Deployments, DaemonSets and StatefulSets with fewer Ready pods than they should
   * have (CoreDNS, the CNI, CSI); null when discovery was limited to namespaces without kube-system.
   */
  unreadySystemWorkloads: { kind: WorkloadKind; name: string; ready: number; desired: number }[] | null;
  /** When the apiserver's serving certificate (as presented in the TLS handshake) expires; null when not seen. */
  servingCertificateNotAfter: string | null;
};
