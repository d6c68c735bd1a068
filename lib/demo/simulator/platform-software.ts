import { DEMO_COMPONENTS } from "../demo-inventory";

/*
 * What the simulated clusters run besides Kubernetes: the demo inventory's add-ons as the
 * Deployments, DaemonSets and StatefulSets their charts install, with the labels those charts set
 * (app.kubernetes.io/name and /version, helm.sh/chart), and the Argo CD Applications that deploy
 * the GitOps-managed ones. Dev runs the target of every component someone started on Dev; Stg and
 * Prd run the current versions.
 */

export type SimWorkload = {
  kind: "Deployment" | "DaemonSet" | "StatefulSet";
  namespace: string;
  name: string;
  images: string[];
  labels: Record<string, string>;
  replicas: number;
};

/** A Flux HelmRelease: where a cluster's add-ons come from when Flux, not Argo CD, deploys them. */
export type SimFluxRelease = { name: string; namespace: string; chart: string; version: string };

export type SimArgoApp = {
  name: string;
  repoURL: string;
  chart: string;
  targetRevision: string;
  images: string[];
};

type Shape = {
  component: string;
  kind: SimWorkload["kind"];
  namespace: string;
  name: string;
  image: (version: string) => string;
  /** The chart that installs it, when its version is the component's. */
  chart?: (version: string) => string;
  gpuOnly?: boolean;
  replicas?: number;
  /** Installed by Argo CD from this Helm repository (or by Flux, where Flux deploys instead). */
  argo?: { repoURL: string; chart: string };
  /** The Helm chart Flux installs it from, where a cluster uses Flux. */
  flux?: string;
};

const SHAPES: Shape[] = [
  {
    component: "CoreDNS",
    kind: "Deployment",
    namespace: "kube-system",
    name: "coredns",
    image: (v) => `registry.k8s.io/coredns/coredns:${v}`,
    replicas: 2,
  },
  {
    component: "NVIDIA driver",
    kind: "DaemonSet",
    namespace: "gpu-operator",
    name: "nvidia-driver-daemonset",
    image: (v) => `nvcr.io/nvidia/driver:${v}-ubuntu22.04`,
    gpuOnly: true,
  },
  {
    component: "NVIDIA GPU Operator",
    kind: "Deployment",
    namespace: "gpu-operator",
    name: "gpu-operator",
    image: (v) => `nvcr.io/nvidia/gpu-operator:${v}`,
    chart: (v) => `gpu-operator-${v}`,
    gpuOnly: true,
  },
  {
    component: "Cilium",
    kind: "DaemonSet",
    namespace: "kube-system",
    name: "cilium",
    image: (v) => `quay.io/cilium/cilium:v${v}`,
    chart: (v) => `cilium-${v}`,
    flux: "cilium",
  },
  {
    component: "Argo CD",
    kind: "StatefulSet",
    namespace: "argocd",
    name: "argocd-application-controller",
    image: (v) => `quay.io/argoproj/argocd:${v}`,
  },
  {
    component: "Argo CD",
    kind: "Deployment",
    namespace: "argocd",
    name: "argocd-server",
    image: (v) => `quay.io/argoproj/argocd:${v}`,
    replicas: 2,
  },
  {
    component: "External Secrets Operator",
    kind: "Deployment",
    namespace: "external-secrets",
    name: "external-secrets",
    image: (v) => `oci.external-secrets.io/external-secrets/external-secrets:${v}`,
    chart: (v) => `external-secrets-${v.replace(/^v/, "")}`,
    argo: { repoURL: "https://charts.external-secrets.io", chart: "external-secrets" },
  },
  {
    component: "Loki",
    kind: "StatefulSet",
    namespace: "loki",
    name: "loki",
    image: (v) => `docker.io/grafana/loki:${v}`,
    replicas: 3,
    argo: { repoURL: "https://grafana.github.io/helm-charts", chart: "loki" },
  },
  {
    component: "cert-manager",
    kind: "Deployment",
    namespace: "cert-manager",
    name: "cert-manager",
    image: (v) => `quay.io/jetstack/cert-manager-controller:${v}`,
    chart: (v) => `cert-manager-${v}`,
    argo: { repoURL: "https://charts.jetstack.io", chart: "cert-manager" },
  },
  {
    component: "Rook Ceph operator",
    kind: "Deployment",
    namespace: "rook-ceph",
    name: "rook-ceph-operator",
    image: (v) => `docker.io/rook/ceph:${v}`,
    chart: (v) => `rook-ceph-${v}`,
  },
  {
    component: "descheduler",
    kind: "Deployment",
    namespace: "kube-system",
    name: "descheduler",
    image: (v) => `registry.k8s.io/descheduler/descheduler:${v}`,
  },
  {
    component: "external-dns",
    kind: "Deployment",
    namespace: "external-dns",
    name: "external-dns",
    image: (v) => `registry.k8s.io/external-dns/external-dns:${v}`,
    argo: { repoURL: "https://kubernetes-sigs.github.io/external-dns", chart: "external-dns" },
  },
  {
    component: "ingress-nginx",
    kind: "Deployment",
    namespace: "ingress-nginx",
    name: "ingress-nginx-controller",
    image: (v) => `registry.k8s.io/ingress-nginx/controller:${v}`,
    replicas: 2,
    argo: { repoURL: "https://kubernetes.github.io/ingress-nginx", chart: "ingress-nginx" },
  },
  {
    component: "metrics-server",
    kind: "Deployment",
    namespace: "kube-system",
    name: "metrics-server",
    image: (v) => `registry.k8s.io/metrics-server/metrics-server:${v}`,
    chart: (v) => `metrics-server-${v.replace(/^v/, "")}`,
    flux: "metrics-server",
  },
  {
    component: "tenant-operator",
    kind: "Deployment",
    namespace: "tenant-system",
    name: "tenant-operator",
    image: (v) => `ghcr.io/example-platform/tenant-operator:${v}`,
  },
];

/** The version a component runs in an environment: Dev moved to the target where someone started on it. */
function versionIn(environment: string, component: (typeof DEMO_COMPONENTS)[number]): string {
  return environment === "Dev" && component.dev ? component.target : component.current;
}

export function platformSoftware(
  environment: string,
  options: { gpu: boolean; argo: boolean; cilium: boolean; flux: boolean },
): { workloads: SimWorkload[]; argoApps: SimArgoApp[] | null; fluxReleases: SimFluxRelease[] | null } {
  const workloads: SimWorkload[] = [];
  const argoApps: SimArgoApp[] = [];
  const fluxReleases: SimFluxRelease[] = [];
  for (const shape of SHAPES) {
    const component = DEMO_COMPONENTS.find((candidate) => candidate.name === shape.component);
    if (!component || (shape.gpuOnly && !options.gpu)) continue;
    if ((shape.component === "Cilium" && !options.cilium) || (shape.component === "Argo CD" && !options.argo)) continue;
    const version = versionIn(environment, component);
    const image = shape.image(version);
    workloads.push({
      kind: shape.kind,
      namespace: shape.namespace,
      name: shape.name,
      images: [image],
      replicas: shape.replicas ?? 1,
      labels: {
        "app.kubernetes.io/name": shape.name,
        "app.kubernetes.io/version": version,
        ...(shape.chart ? { "helm.sh/chart": shape.chart(version), "app.kubernetes.io/managed-by": "Helm" } : {}),
      },
    });
    if (shape.argo && options.argo)
      argoApps.push({ name: shape.name, ...shape.argo, targetRevision: version, images: [image] });
    if (shape.flux && options.flux)
      fluxReleases.push({
        name: shape.name,
        namespace: shape.namespace,
        chart: shape.flux,
        version: version.replace(/^v/, ""),
      });
  }
  return {
    workloads,
    argoApps: options.argo ? argoApps : null,
    fluxReleases: options.flux ? fluxReleases : null,
  };
}
