import { preflightFor, type SimPreflight } from "./preflight-objects";
import { apiUsageFor, type SimApiUsage } from "./api-usage-objects";
import { planUpgrade } from "@/lib/skew/plan";
import { findSkewViolations, minorIndexOf, minorLabel } from "@/lib/skew/rules";
import type { SkewSnapshot } from "@/lib/skew/types";
import { platformSoftware, type SimArgoApp, type SimFluxRelease, type SimWorkload } from "./platform-software";

/*
 * The simulated fleet: clusters as plain data, and an operator that rolls them forward the way
 * the seeds describe (control plane first, one minor at a time; then nodes one by one, cordon ->
 * upgrade -> uncordon), following Stepwise's own planner. Pure apart from the clock it is given.
 */

export type SimNode = {
  name: string;
  controlPlane: boolean;
  kubelet: string;
  /** The image tag of the kube-proxy DaemonSet's pod on this node. */
  kubeProxy: string;
  containerRuntime: string;
  osImage: string;
  kernel: string;
  internalIP: string;
  ready: boolean;
  unschedulable: boolean;
  createdAt: Date;
  labels: Record<string, string>;
};

export type SimControlPlaneNode = {
  node: string;
  apiserver: string;
  controllerManager: string;
  scheduler: string;
  etcd: string;
};

export type SimFault = "none" | "slow" | "malformed" | "unauthorized" | "forbidden";

export type SimRollout = {
  target: string;
  /** Ticks to wait after each finished step, as a team verifies before the next hop. */
  pauseTicks: number;
  waiting: number;
  node: { name: string; stage: "cordoned" | "upgrading"; to: string } | null;
  /** What a node's runtime becomes when it is upgraded (the team moves containerd with Kubernetes). */
  runtime?: string;
  /** The image a node is rebuilt from when it is upgraded (the OS moves with it too). */
  os?: { image: string; kernel: string };
};

export type SimCluster = {
  name: string;
  environment: string;
  token: string;
  /** Like EKS/GKE/AKS: the control plane's static pods are not visible. */
  managed: boolean;
  /** Appended to versions, e.g. "-eks-5e6f7a8". */
  versionSuffix: string;
  /** Runs kube-proxy as a DaemonSet; false where it is replaced (Cilium's kube-proxy replacement). */
  kubeProxy: boolean;
  /** Appended to kube-proxy's image tag: EKS ships it as an add-on, "v1.31.13-minimal-eksbuild.2". */
  kubeProxySuffix: string;
  controlPlane: SimControlPlaneNode[];
  nodes: SimNode[];
  rollout: SimRollout | null;
  fault: SimFault;
  /** With fault "slow": how long each answer takes. */
  delayMs: number;
  /** Bumped on every change, like a resourceVersion: lets the server reuse what it serialised. */
  revision: number;
  workloads: SimWorkload[];
  /** Null: no Argo CD here, its Application CRD is not served. */
  argoApps: SimArgoApp[] | null;
  /** Null: no Flux helm-controller here. */
  fluxReleases: SimFluxRelease[] | null;
  /** The reader's role may not list workloads (403), as where a team only granted nodes. */
  workloadsForbidden: boolean;
  /** What the removed-API checks read: objects and their last writers, add-on CRDs, /metrics. */
  apiUsage: SimApiUsage;
  /** What a hop's drains run into: budgets, admission webhooks, aggregated APIs. */
  preflight: SimPreflight;
};

/** The patch release the simulator installs for a minor, as a real team would pick the latest. */
const LATEST_PATCH: Record<string, number> = {
  "1.24": 17,
  "1.25": 16,
  "1.26": 15,
  "1.27": 16,
  "1.28": 15,
  "1.29": 15,
  "1.30": 14,
  "1.31": 13,
  "1.32": 9,
  "1.33": 5,
  "1.34": 1,
  "1.35": 0,
};

export function releaseOf(minor: string, suffix = ""): string {
  return `v${minor}.${LATEST_PATCH[minor] ?? 0}${suffix}`;
}

const ETCD_FOR: Record<string, string> = {
  "1.29": "3.5.16-0",
  "1.30": "3.5.16-0",
  "1.31": "3.5.15-0",
  "1.32": "3.5.16-0",
  "1.33": "3.5.21-0",
  "1.34": "3.6.4-0",
};

export function snapshotOfCluster(cluster: SimCluster): SkewSnapshot {
  return {
    serverVersion: cluster.controlPlane[0]?.apiserver ?? "unknown",
    controlPlane: cluster.managed
      ? null
      : cluster.controlPlane.flatMap((cp) => [
          { component: "kube-apiserver" as const, node: cp.node, version: cp.apiserver },
          { component: "kube-controller-manager" as const, node: cp.node, version: cp.controllerManager },
          { component: "kube-scheduler" as const, node: cp.node, version: cp.scheduler },
          { component: "etcd" as const, node: cp.node, version: cp.etcd },
        ]),
    nodes: cluster.nodes.map((node) => ({
      name: node.name,
      kubeletVersion: node.kubelet,
      kubeProxyVersion: cluster.kubeProxy ? node.kubeProxy : null,
    })),
  };
}

const minorOf = (version: string) => minorIndexOf(version) ?? 0;

/** One step of the simulated operator. Returns whether anything changed. */
export function advanceRollout(cluster: SimCluster): boolean {
  const rollout = cluster.rollout;
  if (!rollout) return false;
  if (rollout.node) return advanceNode(cluster, rollout);
  if (rollout.waiting > 0) {
    rollout.waiting -= 1;
    return false;
  }
  const snapshot = snapshotOfCluster(cluster);
  // An operator does not go on over a broken skew: that is what the gate is for.
  if (findSkewViolations(snapshot).length > 0) return false;
  const [step] = planUpgrade(snapshot, rollout.target).steps;
  if (!step) {
    cluster.rollout = null;
    return true;
  }
  if (step.kind === "control-plane-hop") {
    const to = releaseOf(step.to, cluster.versionSuffix);
    const target = minorOf(to);
    // Every apiserver first, then the controllers, so nothing is ever newer than an apiserver.
    const apiserver = cluster.controlPlane.find((cp) => minorOf(cp.apiserver) < target);
    if (apiserver) {
      apiserver.apiserver = to;
      apiserver.etcd = ETCD_FOR[step.to] ?? apiserver.etcd;
      return true;
    }
    const controllers = cluster.controlPlane.find(
      (cp) => minorOf(cp.controllerManager) < target || minorOf(cp.scheduler) < target,
    );
    if (controllers) {
      controllers.controllerManager = to;
      controllers.scheduler = to;
      if (cluster.controlPlane.every((cp) => minorOf(cp.scheduler) >= target)) {
        // kubeadm (since 1.28) upgrades the kube-proxy DaemonSet once the last control-plane
        // instance is done, so kube-proxy follows the control plane, not the kubelets.
        for (const node of cluster.nodes) node.kubeProxy = releaseOf(step.to) + cluster.kubeProxySuffix;
        rollout.waiting = rollout.pauseTicks;
      }
      return true;
    }
    return false;
  }
  const next = cluster.nodes.find(
    (node) => step.nodes.includes(node.name) && minorOf(node.kubelet) < minorOf(releaseOf(step.to)),
  );
  if (!next) return false;
  next.unschedulable = true;
  rollout.node = { name: next.name, stage: "cordoned", to: releaseOf(step.to, cluster.versionSuffix) };
  return true;
}

function advanceNode(cluster: SimCluster, rollout: SimRollout): boolean {
  const operation = rollout.node!;
  const node = cluster.nodes.find((n) => n.name === operation.name);
  if (!node) {
    rollout.node = null;
    return true;
  }
  if (operation.stage === "cordoned") {
    node.kubelet = operation.to;
    if (rollout.runtime) node.containerRuntime = rollout.runtime;
    if (rollout.os) [node.osImage, node.kernel] = [rollout.os.image, rollout.os.kernel];
    node.ready = false;
    operation.stage = "upgrading";
    return true;
  }
  node.ready = true;
  node.unschedulable = false;
  rollout.node = null;
  if (!cluster.nodes.some((n) => minorOf(n.kubelet) < minorOf(operation.to))) rollout.waiting = rollout.pauseTicks;
  return true;
}

type ClusterShape = {
  name: string;
  environment: string;
  controlPlane: string[];
  workers: { prefix: string; count: number; version: string; overrides?: Record<number, string> };
  managed?: boolean;
  /** Default true; false for a cluster whose CNI replaces kube-proxy. */
  kubeProxy?: boolean;
  rollout?: Pick<SimRollout, "target" | "pauseTicks" | "runtime" | "os">;
  fault?: SimFault;
  delayMs?: number;
  os?: { image: string; kernel: string };
  runtime?: string;
  software?: { gpu: boolean; argo: boolean; flux?: boolean };
  workloadsForbidden?: boolean;
  now: Date;
};

const DAY = 24 * 3600_000;

export function buildCluster(shape: ClusterShape): SimCluster {
  const suffix = shape.managed ? `-eks-${shape.name.length.toString(16)}a2b3c4` : "";
  const withSuffix = (version: string) => (shape.managed ? `${version}${suffix}` : version);
  const kubeProxySuffix = shape.managed ? "-minimal-eksbuild.2" : "";
  const os = shape.os ?? { image: "Ubuntu 22.04.5 LTS", kernel: "5.15.0-126-generic" };
  // Mid-hop, the controllers still run the old minor: they follow once every apiserver is done.
  const controllers = [...shape.controlPlane].sort((a, b) => minorOf(a) - minorOf(b))[0]!;
  const node = (name: string, version: string, controlPlane: boolean, index: number): SimNode => ({
    name,
    controlPlane,
    kubelet: withSuffix(version),
    kubeProxy: controllers + kubeProxySuffix,
    containerRuntime: shape.runtime ?? "containerd://1.7.22",
    osImage: os.image,
    kernel: os.kernel,
    internalIP: `10.${controlPlane ? 0 : 1}.${Math.floor(index / 250)}.${(index % 250) + 10}`,
    ready: true,
    unschedulable: false,
    createdAt: new Date(shape.now.getTime() - (400 - (index % 300)) * DAY),
    labels: {
      "kubernetes.io/hostname": name,
      "kubernetes.io/os": "linux",
      ...(controlPlane ? { "node-role.kubernetes.io/control-plane": "" } : { "node-role.kubernetes.io/worker": "" }),
    },
  });
  const controlPlane = shape.managed
    ? [
        {
          node: "managed",
          apiserver: withSuffix(shape.controlPlane[0]!),
          controllerManager: withSuffix(shape.controlPlane[0]!),
          scheduler: withSuffix(shape.controlPlane[0]!),
          etcd: "managed",
        },
      ]
    : shape.controlPlane.map((version, index) => ({
        node: `${shape.name}-cp-${index + 1}`,
        apiserver: version,
        controllerManager: controllers,
        scheduler: controllers,
        etcd: ETCD_FOR[minorLabel(minorOf(version))] ?? "3.5.15-0",
      }));
  const nodes = [
    ...(shape.managed ? [] : controlPlane.map((cp, index) => node(cp.node, controllers, true, index))),
    ...Array.from({ length: shape.workers.count }, (_, index) =>
      node(
        `${shape.workers.prefix}-${index + 1}`,
        shape.workers.overrides?.[index + 1] ?? shape.workers.version,
        false,
        index + 10,
      ),
    ),
  ];
  return {
    name: shape.name,
    environment: shape.environment,
    token: `sim-${shape.name}-${Math.random().toString(36).slice(2, 14)}`,
    managed: shape.managed ?? false,
    versionSuffix: suffix,
    kubeProxy: shape.kubeProxy ?? true,
    kubeProxySuffix,
    controlPlane,
    nodes,
    rollout: shape.rollout ? { ...shape.rollout, waiting: 0, node: null } : null,
    fault: shape.fault ?? "none",
    delayMs: shape.delayMs ?? 0,
    revision: 1,
    ...platformSoftware(shape.environment, {
      gpu: shape.software?.gpu ?? false,
      argo: shape.software?.argo ?? false,
      flux: shape.software?.flux ?? false,
      // Where kube-proxy is gone, Cilium replaced it; elsewhere it runs beside it as the CNI.
      cilium: true,
    }),
    workloadsForbidden: shape.workloadsForbidden ?? false,
    apiUsage: apiUsageFor(shape.environment, shape.managed ?? false, controllers),
    preflight: preflightFor(shape.name),
  };
}

/**
 * The demo fleet beside the demo campaign (1.31 -> 1.34): Dev done, Stg rolling hop by hop,
 * a Stg batch cluster (Cilium in place of kube-proxy) where a node went ahead of its control
 * plane, Prd still on 1.31 with three old GPU nodes, and a managed Prd cluster.
 */
export function demoFleet(now = new Date(), options: { pauseTicks?: number } = {}): SimCluster[] {
  return [
    buildCluster({
      name: "dev-gpu",
      environment: "Dev",
      controlPlane: Array(3).fill("v1.34.1"),
      workers: { prefix: "dev-gpu-w", count: 6, version: "v1.34.1" },
      os: { image: "Ubuntu 24.04.3 LTS", kernel: "6.8.0-85-generic" },
      runtime: "containerd://2.1.4",
      software: { gpu: true, argo: true },
      now,
    }),
    buildCluster({
      name: "stg-gpu",
      environment: "Stg",
      controlPlane: ["v1.33.5", "v1.32.9", "v1.32.9"],
      workers: { prefix: "stg-gpu-w", count: 8, version: "v1.31.13" },
      rollout: {
        target: "1.34",
        pauseTicks: options.pauseTicks ?? 12,
        runtime: "containerd://2.1.4",
        os: { image: "Ubuntu 24.04.3 LTS", kernel: "6.8.0-85-generic" },
      },
      software: { gpu: true, argo: true },
      now,
    }),
    buildCluster({
      name: "stg-batch",
      environment: "Stg",
      controlPlane: Array(3).fill("v1.32.9"),
      workers: { prefix: "stg-batch-w", count: 5, version: "v1.32.9", overrides: { 3: "v1.33.5" } },
      kubeProxy: false,
      // The batch cluster's team deploys with Flux: its Cilium and metrics-server are HelmReleases.
      software: { gpu: false, argo: false, flux: true },
      now,
    }),
    buildCluster({
      name: "prd-gpu",
      environment: "Prd",
      controlPlane: Array(3).fill("v1.31.13"),
      workers: {
        prefix: "prd-gpu-w",
        count: 12,
        version: "v1.31.13",
        overrides: { 10: "v1.29.15", 11: "v1.29.15", 12: "v1.29.15" },
      },
      software: { gpu: true, argo: true },
      now,
    }),
    buildCluster({
      name: "prd-eks",
      environment: "Prd",
      managed: true,
      controlPlane: ["v1.31.13"],
      workers: { prefix: "ip-10-20-1", count: 5, version: "v1.31.13" },
      os: { image: "Amazon Linux 2023.6.20250123", kernel: "6.1.124-134.200.amzn2023.x86_64" },
      software: { gpu: false, argo: false },
      workloadsForbidden: true,
      now,
    }),
  ];
}

/**
 * Many identical clusters for the benchmark, each with the platform's add-ons and the tenants'
 * own Deployments up to `workloadsPerCluster` (spread over namespaces, each with a chart label).
 */
export function largeFleet(
  clusters: number,
  nodesPerCluster: number,
  now = new Date(),
  workloadsPerCluster = 300,
): SimCluster[] {
  return Array.from({ length: clusters }, (_, index) => {
    const cluster = buildCluster({
      name: `bench-${String(index + 1).padStart(3, "0")}`,
      environment: ["Dev", "Stg", "Prd"][index % 3]!,
      controlPlane: Array(3).fill("v1.32.9"),
      workers: { prefix: `bench-${index + 1}-w`, count: nodesPerCluster - 3, version: "v1.31.13" },
      software: { gpu: true, argo: true },
      now,
    });
    const tenants = Math.max(0, workloadsPerCluster - cluster.workloads.length);
    cluster.workloads.push(
      ...Array.from({ length: tenants }, (_, n) => ({
        kind: "Deployment" as const,
        namespace: `team-${n % 25}`,
        name: `service-${n}`,
        images: [`registry.example.com/team-${n % 25}/service-${n}:1.${n % 7}.${n % 11}`],
        labels: {
          "app.kubernetes.io/name": `service-${n}`,
          "app.kubernetes.io/version": `1.${n % 7}.${n % 11}`,
          "helm.sh/chart": `service-1.${n % 7}.${n % 11}`,
        },
        replicas: 2,
      })),
    );
    return cluster;
  });
}
