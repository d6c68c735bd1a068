import { servedFlowcontrol } from "./api-usage-objects";
import { gzipSync } from "node:zlib";
import { chartOf } from "@/lib/discovery/sightings";
import type { SimCluster } from "./fleet-model";
import { age, column, table, uid } from "./kube-objects";
import type { SimArgoApp, SimFluxRelease, SimWorkload } from "./platform-software";

/*
 * The simulated clusters' workloads and Argo CD Applications as the API shows them: apps/v1
 * objects with their pod template, the Tables `kubectl get deploy -o wide` and `kubectl get
 * applications.argoproj.io` ask for, and the discovery documents that map `deploy`, `ds`, `sts`
 * and `app` to them.
 */

export const WORKLOAD_RESOURCES = {
  deployments: "Deployment",
  daemonsets: "DaemonSet",
  statefulsets: "StatefulSet",
} as const;
export type WorkloadResource = keyof typeof WORKLOAD_RESOURCES;

/** Every workload of a cluster: the platform's add-ons, and kube-proxy's DaemonSet where it runs. */
export function workloadsOf(cluster: SimCluster): SimWorkload[] {
  const kubeProxy = cluster.kubeProxy ? cluster.nodes[0]?.kubeProxy : undefined;
  return [
    ...(kubeProxy
      ? [
          {
            kind: "DaemonSet" as const,
            namespace: "kube-system",
            name: "kube-proxy",
            images: [`registry.k8s.io/kube-proxy:${kubeProxy}`],
            labels: { "k8s-app": "kube-proxy" },
            replicas: cluster.nodes.length,
          },
        ]
      : []),
    ...cluster.workloads,
  ];
}

const created = new Date("2025-11-20T09:00:00Z");

/**
 * How many of a workload's pods there should be and how many are Ready: a DaemonSet's one per node,
 * a Deployment's or StatefulSet's placed on the nodes in turn (CoreDNS's pods on the first two, as
 * kube-system's pod list shows them); a pod on a NotReady node is not Ready.
 */
export function workloadReadiness(cluster: SimCluster, workload: SimWorkload): { desired: number; ready: number } {
  const nodes =
    workload.kind === "DaemonSet"
      ? cluster.nodes
      : Array.from({ length: workload.replicas }, (_, index) => cluster.nodes[index % cluster.nodes.length]);
  return { desired: nodes.length, ready: nodes.filter((node) => node?.ready ?? true).length };
}

export function workloadObject(cluster: SimCluster, workload: SimWorkload) {
  const selector = { matchLabels: { "app.kubernetes.io/name": workload.name } };
  const template = {
    metadata: { labels: { ...selector.matchLabels } },
    spec: {
      containers: workload.images.map((image, index) => ({
        name: index === 0 ? workload.name : `sidecar-${index}`,
        image,
        imagePullPolicy: "IfNotPresent",
      })),
    },
  };
  const { desired, ready } = workloadReadiness(cluster, workload);
  return {
    kind: workload.kind,
    apiVersion: "apps/v1",
    metadata: {
      name: workload.name,
      namespace: workload.namespace,
      uid: uid(cluster.name, `${workload.namespace}/${workload.name}`),
      resourceVersion: String(cluster.revision),
      generation: 1,
      creationTimestamp: created.toISOString(),
      labels: workload.labels,
    },
    spec:
      workload.kind === "DaemonSet"
        ? { selector, template }
        : {
            replicas: workload.replicas,
            selector,
            template,
            ...(workload.kind === "StatefulSet" ? { serviceName: workload.name } : {}),
          },
    status:
      workload.kind === "DaemonSet"
        ? {
            currentNumberScheduled: desired,
            desiredNumberScheduled: desired,
            numberAvailable: ready,
            numberReady: ready,
            updatedNumberScheduled: desired,
            ...(ready < desired ? { numberUnavailable: desired - ready } : {}),
            observedGeneration: 1,
          }
        : {
            replicas: desired,
            readyReplicas: ready,
            availableReplicas: ready,
            updatedReplicas: ready,
            observedGeneration: 1,
          },
  };
}

/** The columns the apiserver prints for each kind (`-o wide` adds containers, images and selector). */
export function workloadTable(
  cluster: SimCluster,
  workloads: SimWorkload[],
  resource: WorkloadResource,
  continueToken?: string,
) {
  const wide = [column("Containers", 1), column("Images", 1), column("Selector", 1)];
  const columns =
    resource === "daemonsets"
      ? [
          column("Name", 0, "name"),
          column("Desired", 0, "", "integer"),
          column("Current", 0, "", "integer"),
          column("Ready", 0, "", "integer"),
          column("Up-to-date", 0, "", "integer"),
          column("Available", 0, "", "integer"),
          column("Node Selector"),
          column("Age"),
          ...wide,
        ]
      : resource === "statefulsets"
        ? [column("Name", 0, "name"), column("Ready"), column("Age"), column("Containers", 1), column("Images", 1)]
        : [
            column("Name", 0, "name"),
            column("Ready"),
            column("Up-to-date", 0, "", "integer"),
            column("Available", 0, "", "integer"),
            column("Age"),
            ...wide,
          ];
  return table(
    columns,
    workloads.map((workload) => {
      const object = workloadObject(cluster, workload);
      const containers = object.spec.template.spec.containers;
      const names = containers.map((c) => c.name).join(",");
      const images = containers.map((c) => c.image).join(",");
      const selector = `app.kubernetes.io/name=${workload.name}`;
      const { desired: n, ready } = workloadReadiness(cluster, workload);
      const cells =
        resource === "daemonsets"
          ? [workload.name, n, n, ready, n, ready, "kubernetes.io/os=linux", age(created), names, images, selector]
          : resource === "statefulsets"
            ? [workload.name, `${ready}/${n}`, age(created), names, images]
            : [workload.name, `${ready}/${n}`, n, ready, age(created), names, images, selector];
      return { cells, metadata: object.metadata };
    }),
    continueToken,
  );
}

export function argoAppObject(cluster: SimCluster, app: SimArgoApp) {
  return {
    kind: "Application",
    apiVersion: "argoproj.io/v1alpha1",
    metadata: {
      name: app.name,
      namespace: "argocd",
      uid: uid(cluster.name, `argocd/${app.name}`),
      resourceVersion: String(cluster.revision),
      generation: 1,
      creationTimestamp: created.toISOString(),
    },
    spec: {
      project: "platform",
      source: { repoURL: app.repoURL, chart: app.chart, targetRevision: app.targetRevision },
      destination: { server: "https://kubernetes.default.svc", namespace: app.name },
    },
    status: {
      sync: { status: "Synced", revision: app.targetRevision },
      health: { status: "Healthy" },
      summary: { images: app.images },
    },
  };
}

/** The CRD's printer columns (Sync Status, Health Status; Revision and Project with -o wide). */
export function argoAppTable(cluster: SimCluster, apps: SimArgoApp[], continueToken?: string) {
  return table(
    [
      column("Name", 0, "name"),
      column("Sync Status"),
      column("Health Status"),
      column("Revision", 10),
      column("Project", 10),
      column("Age", 0, "date"),
    ],
    apps.map((app) => ({
      cells: [app.name, "Synced", "Healthy", app.targetRevision, "platform", created.toISOString()],
      metadata: argoAppObject(cluster, app).metadata,
    })),
    continueToken,
  );
}

const resource = (name: string, kind: string, shortNames: string[], singularName: string) => ({
  name,
  singularName,
  namespaced: true,
  kind,
  verbs: ["get", "list", "watch"],
  shortNames,
  categories: ["all"],
});

export const APPS_RESOURCES = {
  kind: "APIResourceList",
  apiVersion: "v1",
  groupVersion: "apps/v1",
  resources: [
    resource("deployments", "Deployment", ["deploy"], "deployment"),
    resource("daemonsets", "DaemonSet", ["ds"], "daemonset"),
    resource("statefulsets", "StatefulSet", ["sts"], "statefulset"),
  ],
};

export const ARGO_RESOURCES = {
  kind: "APIResourceList",
  apiVersion: "v1",
  groupVersion: "argoproj.io/v1alpha1",
  resources: [{ ...resource("applications", "Application", ["app", "apps"], "application"), categories: [] }],
};

export const FLUX_RESOURCES = {
  kind: "APIResourceList",
  apiVersion: "v1",
  groupVersion: "helm.toolkit.fluxcd.io/v2",
  resources: [{ ...resource("helmreleases", "HelmRelease", ["hr"], "helmrelease"), categories: [] }],
};

export function fluxReleaseObject(cluster: SimCluster, release: SimFluxRelease) {
  return {
    kind: "HelmRelease",
    apiVersion: "helm.toolkit.fluxcd.io/v2",
    metadata: {
      name: release.name,
      namespace: release.namespace,
      uid: uid(cluster.name, `hr/${release.namespace}/${release.name}`),
      resourceVersion: String(cluster.revision),
      generation: 1,
      creationTimestamp: created.toISOString(),
    },
    spec: {
      interval: "10m",
      chart: {
        spec: {
          chart: release.chart,
          version: release.version,
          sourceRef: { kind: "HelmRepository", name: release.chart },
        },
      },
    },
    status: {
      conditions: [
        {
          type: "Ready",
          status: "True",
          reason: "InstallSucceeded",
          message: `Helm install succeeded for release ${release.namespace}/${release.name}.v1 with chart ${release.chart}@${release.version}`,
        },
      ],
      history: [{ chartName: release.chart, chartVersion: release.version, status: "deployed", version: 1 }],
      lastAttemptedRevision: release.version,
    },
  };
}

/** The CRD's printer columns: Age, Ready, Status. */
export function fluxReleaseTable(cluster: SimCluster, releases: SimFluxRelease[], continueToken?: string) {
  return table(
    [column("Name", 0, "name"), column("Age", 0, "date"), column("Ready"), column("Status")],
    releases.map((release) => {
      const object = fluxReleaseObject(cluster, release);
      return {
        cells: [release.name, created.toISOString(), "True", object.status.conditions[0]!.message],
        metadata: object.metadata,
      };
    }),
    continueToken,
  );
}

const group = (name: string, ...versions: string[]) => ({
  name,
  versions: versions.map((version) => ({ groupVersion: `${name}/${version}`, version })),
  preferredVersion: { groupVersion: `${name}/${versions[0]}`, version: versions[0] },
});

/**
 * `/apis`: apps, apiextensions and flowcontrol (the versions this apiserver serves) always;
 * argoproj.io, helm.toolkit.fluxcd.io and external-secrets.io where their CRDs are installed.
 */
export function apiGroups(cluster: SimCluster) {
  return {
    kind: "APIGroupList",
    apiVersion: "v1",
    groups: [
      group("apps", "v1"),
      ...(cluster.argoApps ? [group("argoproj.io", "v1alpha1")] : []),
      ...(cluster.fluxReleases ? [group("helm.toolkit.fluxcd.io", "v2")] : []),
      group("apiextensions.k8s.io", "v1"),
      group("policy", "v1"),
      group("admissionregistration.k8s.io", "v1"),
      group("discovery.k8s.io", "v1"),
      group("apiregistration.k8s.io", "v1"),
      group("flowcontrol.apiserver.k8s.io", ...servedFlowcontrol(cluster.controlPlane[0]?.apiserver ?? "v0.0.0")),
      ...[...new Map(cluster.apiUsage.crds.map((crd) => [crd.group, crd.served])).entries()].map(([name, served]) =>
        // Newest first: the preferred version is the storage one.
        group(name, ...[...served].reverse()),
      ),
    ],
  };
}

/**
 * Helm's own record of each chart-installed workload's release, as Helm 3 writes it: a Secret of
 * type helm.sh/release.v1 labelled owner=helm, whose data is base64 of Helm's base64 of gzipped JSON.
 */
export function helmReleaseSecrets(cluster: SimCluster) {
  return cluster.workloads.flatMap((workload) => {
    const chart = workload.labels["helm.sh/chart"];
    const [name, version] = (chart && chartOf(chart)) || [];
    if (!name || !version) return [];
    const release = {
      name: workload.name,
      namespace: workload.namespace,
      version: 1,
      info: { status: "deployed" },
      chart: {
        metadata: { name, version, appVersion: workload.labels["app.kubernetes.io/version"] },
      },
      manifest: `---\n# Source: ${name}/templates/deployment.yaml\n`,
    };
    const helmEncoded = gzipSync(Buffer.from(JSON.stringify(release))).toString("base64");
    return [
      {
        kind: "Secret",
        apiVersion: "v1",
        type: "helm.sh/release.v1",
        metadata: {
          name: `sh.helm.release.v1.${workload.name}.v1`,
          namespace: workload.namespace,
          uid: uid(cluster.name, `secret/${workload.namespace}/${workload.name}`),
          resourceVersion: String(cluster.revision),
          creationTimestamp: created.toISOString(),
          labels: { owner: "helm", name: workload.name, status: "deployed", version: "1" },
        },
        data: { release: Buffer.from(helmEncoded).toString("base64") },
      },
    ];
  });
}
