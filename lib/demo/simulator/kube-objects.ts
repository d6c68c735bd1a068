import { formatDistanceStrict } from "date-fns";
import { nodeRoles } from "@/lib/kube/nodes";
import { minorIndexOf } from "@/lib/skew/rules";
import type { SimCluster, SimNode } from "./fleet-model";

/*
 * The simulated clusters as the Kubernetes API shows them: Node and Pod objects, lists, the
 * server-side Table that `kubectl get` asks for, and Status errors.
 */

export const uid = (cluster: string, name: string) => {
  let hash = 0;
  for (const char of `${cluster}/${name}`) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const hex = hash.toString(16).padStart(8, "0");
  return `${hex}-${hex.slice(0, 4)}-4${hex.slice(1, 4)}-8${hex.slice(2, 5)}-${hex}${hex.slice(0, 4)}`;
};

/** The ROLES column as kubectl prints it, read from the labels the way Stepwise reads them. */
function rolesOf(node: SimNode): string {
  const roles = nodeRoles({ metadata: { labels: node.labels } });
  return roles.length > 0 ? roles.join(",") : "<none>";
}

/**
 * What a kubelet writes into the deprecated nodeInfo.kubeProxyVersion: its own version (it never
 * knew kube-proxy's) until 1.31, where the DisableNodeKubeProxyVersion gate turned on by default
 * and it writes "" (KEP-4004, kubernetes.io feature gates, checked 2026-11-23).
 */
function reportedKubeProxyVersion(kubelet: string): string {
  return (minorIndexOf(kubelet) ?? 0) < minorIndexOf("1.31")! ? kubelet : "";
}

export function nodeObject(cluster: SimCluster, node: SimNode) {
  const now = new Date().toISOString();
  return {
    kind: "Node",
    apiVersion: "v1",
    metadata: {
      name: node.name,
      uid: uid(cluster.name, node.name),
      resourceVersion: "1",
      creationTimestamp: node.createdAt.toISOString(),
      labels: node.labels,
    },
    spec: {
      // EKS names its nodes' instances (aws:///zone/instance-id); kubeadm on bare metal sets none.
      ...(cluster.managed
        ? { providerID: `aws:///ap-northeast-1a/i-0${uid(cluster.name, node.name).replaceAll("-", "").slice(0, 16)}` }
        : {}),
      ...(node.unschedulable
        ? { unschedulable: true, taints: [{ key: "node.kubernetes.io/unschedulable", effect: "NoSchedule" }] }
        : {}),
    },
    status: {
      conditions: [
        {
          type: "Ready",
          status: node.ready ? "True" : "False",
          reason: node.ready ? "KubeletReady" : "KubeletNotReady",
          message: node.ready ? "kubelet is posting ready status" : "container runtime is restarting",
          lastHeartbeatTime: now,
          lastTransitionTime: now,
        },
      ],
      addresses: [
        { type: "InternalIP", address: node.internalIP },
        { type: "Hostname", address: node.name },
      ],
      nodeInfo: {
        kubeletVersion: node.kubelet,
        kubeProxyVersion: reportedKubeProxyVersion(node.kubelet),
        containerRuntimeVersion: node.containerRuntime,
        osImage: node.osImage,
        kernelVersion: node.kernel,
        operatingSystem: "linux",
        architecture: "amd64",
        machineID: uid(cluster.name, `${node.name}-machine`).replaceAll("-", ""),
        systemUUID: uid(cluster.name, `${node.name}-system`),
        bootID: uid(cluster.name, `${node.name}-boot`),
      },
    },
  };
}

const STATIC_POD_IMAGE: Record<string, string> = {
  "kube-apiserver": "registry.k8s.io/kube-apiserver",
  "kube-controller-manager": "registry.k8s.io/kube-controller-manager",
  "kube-scheduler": "registry.k8s.io/kube-scheduler",
  etcd: "registry.k8s.io/etcd",
};

export type SimPod = {
  name: string;
  nodeName: string;
  component: string;
  image: string;
  labels: Record<string, string>;
  createdAt: Date;
  /** Set for a DaemonSet's pods. */
  daemonSet?: string;
};

const KUBE_PROXY_IMAGE = {
  upstream: "registry.k8s.io/kube-proxy",
  eks: "602401143452.dkr.ecr.us-east-1.amazonaws.com/eks/kube-proxy",
};

/** The kube-proxy DaemonSet's pods, one per node, as kubeadm (or EKS's add-on) labels them. */
function kubeProxyPods(cluster: SimCluster): SimPod[] {
  if (!cluster.kubeProxy) return [];
  const image = cluster.managed ? KUBE_PROXY_IMAGE.eks : KUBE_PROXY_IMAGE.upstream;
  return cluster.nodes.map((node) => ({
    name: `kube-proxy-${uid(cluster.name, node.name).slice(0, 5)}`,
    nodeName: node.name,
    component: "kube-proxy",
    image: `${image}:${node.kubeProxy}`,
    labels: { "k8s-app": "kube-proxy", "controller-revision-hash": "7d9c6b8f5", "pod-template-generation": "1" },
    createdAt: node.createdAt,
    daemonSet: "kube-proxy",
  }));
}

/** kube-system as kubeadm leaves it: the static control-plane pods per control-plane node, and CoreDNS. */
export function kubeSystemPods(cluster: SimCluster): SimPod[] {
  if (cluster.managed) {
    const coredns = [0, 1].map((index) => ({
      name: `coredns-6b9f8c7d5-${index ? "x2kq7" : "m4t9z"}`,
      nodeName: cluster.nodes[index % cluster.nodes.length]?.name ?? "",
      component: "coredns",
      image: "602401143452.dkr.ecr.us-east-1.amazonaws.com/eks/coredns:v1.11.3-eksbuild.2",
      labels: { "k8s-app": "kube-dns" },
      createdAt: cluster.nodes[0]?.createdAt ?? new Date(),
    }));
    return [...coredns, ...kubeProxyPods(cluster)];
  }
  const createdAt = cluster.nodes[0]?.createdAt ?? new Date();
  const staticPods = cluster.controlPlane.flatMap((cp) =>
    (
      [
        ["kube-apiserver", cp.apiserver],
        ["kube-controller-manager", cp.controllerManager],
        ["kube-scheduler", cp.scheduler],
        ["etcd", cp.etcd],
      ] as const
    ).map(([component, version]) => ({
      name: `${component}-${cp.node}`,
      nodeName: cp.node,
      component,
      image: `${STATIC_POD_IMAGE[component]}:${version}`,
      labels: { component, tier: "control-plane" },
      createdAt,
    })),
  );
  const coredns = [0, 1].map((index) => ({
    name: `coredns-7c65d6cfc9-${index ? "hx2lp" : "q8wzn"}`,
    nodeName: cluster.nodes[index]?.name ?? "",
    component: "coredns",
    image: "registry.k8s.io/coredns/coredns:v1.11.3",
    labels: { "k8s-app": "kube-dns" },
    createdAt,
  }));
  return [...staticPods, ...coredns, ...kubeProxyPods(cluster)];
}

const nodeReady = (cluster: SimCluster, name: string) =>
  cluster.nodes.find((node) => node.name === name)?.ready ?? true;

export function podObject(cluster: SimCluster, pod: SimPod) {
  return {
    kind: "Pod",
    apiVersion: "v1",
    metadata: {
      name: pod.name,
      namespace: "kube-system",
      uid: uid(cluster.name, pod.name),
      resourceVersion: "1",
      creationTimestamp: pod.createdAt.toISOString(),
      labels: pod.labels,
      ...(pod.labels.tier === "control-plane" ? { annotations: { "kubernetes.io/config.source": "file" } } : {}),
      ...(pod.daemonSet
        ? {
            ownerReferences: [
              {
                apiVersion: "apps/v1",
                kind: "DaemonSet",
                name: pod.daemonSet,
                uid: uid(cluster.name, `daemonset-${pod.daemonSet}`),
                controller: true,
                blockOwnerDeletion: true,
              },
            ],
          }
        : {}),
    },
    spec: { nodeName: pod.nodeName, containers: [{ name: pod.component, image: pod.image }] },
    // A pod on a NotReady node is marked not Ready by the node lifecycle controller.
    status: {
      phase: "Running",
      conditions: [{ type: "Ready", status: nodeReady(cluster, pod.nodeName) ? "True" : "False" }],
      containerStatuses: [
        {
          name: pod.component,
          image: pod.image,
          ready: true,
          restartCount: 0,
          started: true,
          state: { running: { startedAt: pod.createdAt.toISOString() } },
        },
      ],
    },
  };
}

export function listOf(
  kind: string,
  items: unknown[],
  page: { continueToken?: string; remaining?: number },
  apiVersion = "v1",
) {
  return {
    kind,
    apiVersion,
    metadata: {
      resourceVersion: "1",
      ...(page.continueToken ? { continue: page.continueToken, remainingItemCount: page.remaining } : {}),
    },
    items,
  };
}

export const age = (created: Date) =>
  formatDistanceStrict(created, new Date(), { roundingMethod: "floor" })
    .replace(/ (\w)\w*s?$/, "$1")
    .replace(" ", "");

type Column = { name: string; type: string; format: string; description: string; priority: number };
export const column = (name: string, priority = 0, format = "", type = "string"): Column => ({
  name,
  type,
  format,
  description: name,
  priority,
});

export function table(
  columns: Column[],
  rows: { cells: unknown[]; metadata: Record<string, unknown> }[],
  continueToken?: string,
) {
  return {
    kind: "Table",
    apiVersion: "meta.k8s.io/v1",
    metadata: { resourceVersion: "1", ...(continueToken ? { continue: continueToken } : {}) },
    columnDefinitions: columns,
    rows: rows.map((row) => ({
      cells: row.cells,
      object: { kind: "PartialObjectMetadata", apiVersion: "meta.k8s.io/v1", metadata: row.metadata },
    })),
  };
}

/** The columns of `kubectl get nodes` (and `-o wide`), as the real apiserver prints them. */
export function nodeTable(cluster: SimCluster, nodes: SimNode[], continueToken?: string) {
  return table(
    [
      column("Name", 0, "name"),
      column("Status"),
      column("Roles"),
      column("Age"),
      column("Version"),
      column("Internal-IP", 1),
      column("External-IP", 1),
      column("OS-Image", 1),
      column("Kernel-Version", 1),
      column("Container-Runtime", 1),
    ],
    nodes.map((node) => ({
      cells: [
        node.name,
        `${node.ready ? "Ready" : "NotReady"}${node.unschedulable ? ",SchedulingDisabled" : ""}`,
        rolesOf(node),
        age(node.createdAt),
        node.kubelet,
        node.internalIP,
        "<none>",
        node.osImage,
        node.kernel,
        node.containerRuntime,
      ],
      metadata: nodeObject(cluster, node).metadata,
    })),
    continueToken,
  );
}

export function podTable(cluster: SimCluster, pods: SimPod[], continueToken?: string) {
  return table(
    [
      column("Name", 0, "name"),
      column("Ready"),
      column("Status"),
      column("Restarts", 0, "", "string"),
      column("Age"),
      column("IP", 1),
      column("Node", 1),
      column("Nominated Node", 1),
      column("Readiness Gates", 1),
    ],
    pods.map((pod) => {
      const node = cluster.nodes.find((n) => n.name === pod.nodeName);
      return {
        cells: [
          pod.name,
          "1/1",
          "Running",
          "0",
          age(pod.createdAt),
          node?.internalIP ?? "<none>",
          pod.nodeName,
          "<none>",
          "<none>",
        ],
        metadata: podObject(cluster, pod).metadata,
      };
    }),
    continueToken,
  );
}

export function statusError(code: number, reason: string, message: string) {
  return { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason, code };
}
