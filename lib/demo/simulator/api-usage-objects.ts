import { minorIndexOf } from "@/lib/skew/rules";
import { age, column, table } from "./kube-objects";

/*
 * What the simulated clusters hold that the removed-API checks read, modelled on what real ones
 * do: the apiserver serves every stored object through every served version of its group and
 * keeps, per field manager, the version that manager last wrote through (metadata.managedFields);
 * an object last touched before managedFields existed (1.18) has only kubectl's
 * last-applied-configuration. CRDs record in status.storedVersions every version their objects
 * were ever stored in, until someone migrates and trims it. /metrics carries the apiserver's
 * `apiserver_requested_deprecated_apis` gauge; managed control planes refuse /metrics.
 */

export type SimApiObject = {
  group: string;
  kind: string;
  resource: string;
  namespace: string | null;
  name: string;
  /** The version its last writer used, and who that was; manager null: no managedFields (pre-1.18, kubectl apply). */
  writtenThrough: string;
  manager: string | null;
};

export type SimCrd = {
  group: string;
  kind: string;
  resource: string;
  served: string[];
  storedVersions: string[];
  /** The service of its conversion webhook (strategy Webhook); null: strategy None. */
  conversion: { namespace: string; name: string } | null;
};

export type SimApiUsage = {
  objects: SimApiObject[];
  crds: SimCrd[];
  /** Namespace -> owning team (label `team`). */
  namespaces: Record<string, string | null>;
  /** Deprecated versions requested since the apiserver started, as its gauge labels them. */
  requested: { group: string; version: string; resource: string; removedRelease: string }[];
};

const FLOWCONTROL = "flowcontrol.apiserver.k8s.io";
const ESO = "external-secrets.io";
const written = new Date("2025-06-02T10:00:00Z");

const minorOf = (version: string) => minorIndexOf(version) ?? 0;

/** Which flowcontrol versions an apiserver of this version serves (v1 since 1.29; v1beta3 until 1.31). */
export function servedFlowcontrol(apiserver: string): string[] {
  const minor = minorOf(apiserver);
  return [...(minor >= minorOf("1.29") ? ["v1"] : []), ...(minor <= minorOf("1.31") ? ["v1beta3"] : [])];
}

/**
 * A cluster's objects: the built-in FlowSchemas and priority levels the apiserver keeps in v1, a
 * tenant chart's batch FlowSchema still written through v1beta3 (removed in 1.32) on Stg and Prd,
 * and External Secrets: on Dev 0.19 (serves only v1, its CRD still lists v1beta1 as stored: never
 * migrated); elsewhere 0.10 (v1beta1), written by Argo CD, one by hand long ago.
 */
export function apiUsageFor(environment: string, managed: boolean, apiserver: string): SimApiUsage {
  const builtIn = (kind: string, resource: string, name: string): SimApiObject => ({
    group: FLOWCONTROL,
    kind,
    resource,
    namespace: null,
    name,
    writtenThrough: `${FLOWCONTROL}/v1`,
    manager: "api-priority-and-fairness-config-producer-v1",
  });
  const dev = environment === "Dev";
  const esoVersion = dev ? "v1" : "v1beta1";
  const eso = (kind: string, resource: string, namespace: string | null, name: string, manager: string | null) => ({
    group: ESO,
    kind,
    resource,
    namespace,
    name,
    writtenThrough: `${ESO}/${esoVersion}`,
    manager,
  });
  const tenantFlow = !dev;
  return {
    objects: [
      builtIn("FlowSchema", "flowschemas", "exempt"),
      builtIn("FlowSchema", "flowschemas", "system-leader-election"),
      builtIn("FlowSchema", "flowschemas", "catch-all"),
      builtIn("PriorityLevelConfiguration", "prioritylevelconfigurations", "exempt"),
      builtIn("PriorityLevelConfiguration", "prioritylevelconfigurations", "workload-low"),
      builtIn("PriorityLevelConfiguration", "prioritylevelconfigurations", "catch-all"),
      ...(tenantFlow
        ? [
            {
              group: FLOWCONTROL,
              kind: "FlowSchema",
              resource: "flowschemas",
              namespace: null,
              name: "batch-jobs",
              writtenThrough: `${FLOWCONTROL}/v1beta3`,
              manager: "helm",
            },
          ]
        : []),
      eso("ExternalSecret", "externalsecrets", "shop", "db-credentials", "argocd-controller"),
      eso("ExternalSecret", "externalsecrets", "payments", "stripe-keys", dev ? "argocd-controller" : null),
      eso("SecretStore", "secretstores", "shop", "vault", "argocd-controller"),
      eso("ClusterSecretStore", "clustersecretstores", null, "vault-backend", "helm"),
    ],
    crds: [
      ["ExternalSecret", "externalsecrets"],
      ["SecretStore", "secretstores"],
      ["ClusterSecretStore", "clustersecretstores"],
    ].map(([kind, resource]) => ({
      group: ESO,
      kind: kind!,
      resource: resource!,
      served: dev ? ["v1"] : ["v1alpha1", "v1beta1"],
      storedVersions: dev ? ["v1beta1", "v1"] : ["v1beta1"],
      // 0.10's chart converts v1alpha1 <-> v1beta1 through its webhook; 0.16 removed the conversion.
      conversion: dev ? null : { namespace: "external-secrets", name: "external-secrets-webhook" },
    })),
    namespaces: {
      default: null,
      "kube-system": null,
      shop: "storefront",
      payments: "payments",
      "external-secrets": "platform",
    },
    requested:
      tenantFlow && !managed && minorOf(apiserver) <= minorOf("1.31")
        ? [{ group: FLOWCONTROL, version: "v1beta3", resource: "flowschemas", removedRelease: "1.32" }]
        : [],
  };
}

/** The versions of a group this cluster serves (null: the group is not served at all). */
export function servedVersions(usage: SimApiUsage, group: string, apiserver: string): string[] | null {
  if (group === FLOWCONTROL) return servedFlowcontrol(apiserver);
  const crd = usage.crds.find((candidate) => candidate.group === group);
  return crd ? crd.served : null;
}

function objectJson(object: SimApiObject, version: string) {
  const apiVersion = `${object.group}/${version}`;
  const lastApplied = { apiVersion: object.writtenThrough, kind: object.kind, metadata: { name: object.name } };
  return {
    kind: object.kind,
    apiVersion,
    metadata: {
      name: object.name,
      ...(object.namespace ? { namespace: object.namespace } : {}),
      uid: `${object.resource}-${object.namespace ?? "cluster"}-${object.name}`,
      resourceVersion: "4711",
      generation: 1,
      creationTimestamp: written.toISOString(),
      managedFields: [
        ...(object.manager
          ? [
              {
                manager: object.manager,
                operation: "Update",
                apiVersion: object.writtenThrough,
                time: written.toISOString(),
                fieldsType: "FieldsV1",
                fieldsV1: { "f:spec": {} },
              },
            ]
          : []),
        // The controller reporting status writes the status subresource through its own version.
        ...(object.group === ESO
          ? [
              {
                manager: "external-secrets",
                operation: "Update",
                apiVersion,
                time: new Date(written.getTime() + 60_000).toISOString(),
                fieldsType: "FieldsV1",
                fieldsV1: { "f:status": {} },
                subresource: "status",
              },
            ]
          : []),
      ],
      // Written by hand before managedFields existed: only kubectl's annotation says through what.
      ...(object.manager
        ? {}
        : { annotations: { "kubectl.kubernetes.io/last-applied-configuration": `${JSON.stringify(lastApplied)}\n` } }),
    },
    spec: {},
  };
}

export function apiObjectList(objects: SimApiObject[], kind: string, version: string, group: string) {
  return {
    kind: `${kind}List`,
    apiVersion: `${group}/${version}`,
    metadata: { resourceVersion: "4711" },
    items: objects.map((object) => objectJson(object, version)),
  };
}

export function apiObject(object: SimApiObject, version: string) {
  return objectJson(object, version);
}

/** `kubectl get` of these kinds: name and age, as the apiserver prints a resource without printer columns. */
export function apiObjectTable(objects: SimApiObject[], version: string) {
  return table(
    [column("Name", 0, "name"), column("Age", 0, "date")],
    objects.map((object) => ({
      cells: [object.name, age(written)],
      metadata: objectJson(object, version).metadata,
    })),
  );
}

export const APIEXTENSIONS_RESOURCES = {
  kind: "APIResourceList",
  apiVersion: "v1",
  groupVersion: "apiextensions.k8s.io/v1",
  resources: [
    {
      name: "customresourcedefinitions",
      singularName: "customresourcedefinition",
      namespaced: false,
      kind: "CustomResourceDefinition",
      verbs: ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
      shortNames: ["crd", "crds"],
      categories: ["api-extensions"],
    },
  ],
};

/** The CRDs of the add-ons that run here beside External Secrets': Argo CD's Application, Flux's HelmRelease. */
export function crdsOf(usage: SimApiUsage, installed: { argo: boolean; flux: boolean }): SimCrd[] {
  const single = (group: string, kind: string, resource: string, version: string): SimCrd => ({
    group,
    kind,
    resource,
    served: [version],
    storedVersions: [version],
    conversion: null,
  });
  return [
    ...(installed.argo ? [single("argoproj.io", "Application", "applications", "v1alpha1")] : []),
    ...usage.crds,
    ...(installed.flux ? [single("helm.toolkit.fluxcd.io", "HelmRelease", "helmreleases", "v2")] : []),
  ];
}

/** `kubectl get crd`: name and creation time, the columns the apiserver prints for CRDs. */
export function crdTable(crds: SimCrd[], continueToken?: string) {
  return table(
    [column("Name", 0, "name"), column("Created At", 0, "", "date")],
    crds.map((crd) => ({
      cells: [`${crd.resource}.${crd.group}`, written.toISOString().replace(/\.\d{3}Z$/, "Z")],
      metadata: crdObject(crd).metadata,
    })),
    continueToken,
  );
}

export function crdObject(crd: SimCrd) {
  return {
    kind: "CustomResourceDefinition",
    apiVersion: "apiextensions.k8s.io/v1",
    metadata: { name: `${crd.resource}.${crd.group}`, resourceVersion: "812" },
    spec: {
      group: crd.group,
      names: { kind: crd.kind, plural: crd.resource, singular: crd.kind.toLowerCase(), listKind: `${crd.kind}List` },
      scope: crd.kind.startsWith("Cluster") ? "Cluster" : "Namespaced",
      versions: crd.served.map((version, index) => ({
        name: version,
        served: true,
        storage: index === crd.served.length - 1,
        schema: { openAPIV3Schema: { type: "object", "x-kubernetes-preserve-unknown-fields": true } },
      })),
      conversion: crd.conversion
        ? {
            strategy: "Webhook",
            webhook: {
              clientConfig: { service: { ...crd.conversion, path: "/convert", port: 443 } },
              conversionReviewVersions: ["v1"],
            },
          }
        : { strategy: "None" },
    },
    status: { storedVersions: crd.storedVersions, acceptedNames: { kind: crd.kind, plural: crd.resource } },
  };
}

export function namespaceList(usage: SimApiUsage) {
  return {
    kind: "NamespaceList",
    apiVersion: "v1",
    metadata: { resourceVersion: "4711" },
    items: Object.entries(usage.namespaces).map(([name, team]) => ({
      kind: "Namespace",
      apiVersion: "v1",
      metadata: {
        name,
        creationTimestamp: written.toISOString(),
        labels: { "kubernetes.io/metadata.name": name, ...(team ? { team } : {}) },
      },
      status: { phase: "Active" },
    })),
  };
}

/** The apiserver's /metrics text: a few ordinary series and the deprecated-API gauge. */
export function metricsText(usage: SimApiUsage): string {
  return [
    "# HELP apiserver_request_total [STABLE] Counter of apiserver requests broken out for each verb, dry run value, group, version, resource, scope, component, and HTTP response code.",
    "# TYPE apiserver_request_total counter",
    'apiserver_request_total{code="200",component="apiserver",dry_run="",group="",resource="nodes",scope="cluster",subresource="",verb="LIST",version="v1"} 1834',
    "# HELP apiserver_requested_deprecated_apis [STABLE] Gauge of deprecated APIs that have been requested, broken out by API group, version, resource, subresource, and removed_release.",
    "# TYPE apiserver_requested_deprecated_apis gauge",
    ...usage.requested.map(
      (request) =>
        `apiserver_requested_deprecated_apis{group="${request.group}",removed_release="${request.removedRelease}",resource="${request.resource}",subresource="",version="${request.version}"} 1`,
    ),
    "",
  ].join("\n");
}
