import { readFileSync } from "node:fs";
import { loadAllYaml } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";
import { usageListsFor } from "@/lib/apis/live";
import {
  API_USAGE_READS,
  APPLICATIONS,
  HELM_RELEASES,
  HELM_SECRETS,
  PREFLIGHT_LISTS,
  WORKLOAD_LISTS,
} from "./read-cluster";

type Rule = { apiGroups?: string[]; resources?: string[]; nonResourceURLs?: string[]; verbs: string[] };

/**
 * The removed-API lists discovery makes on the oldest Kubernetes it supports (1.25): newer
 * clusters read a subset. One rule per API group, resources in the order they are read.
 */
function usageRules() {
  const groups = new Map<string, string[]>();
  for (const list of usageListsFor("v1.25.0"))
    for (const path of list.paths) {
      const group = path.startsWith("/apis/") ? path.split("/")[2]! : "";
      const resources = groups.get(group) ?? [];
      if (!resources.includes(list.resource)) resources.push(list.resource);
      groups.set(group, resources);
    }
  return [...groups].map(([group, resources]) => ({ apiGroups: [group], resources, verbs: ["list"] }));
}
type Manifest = { kind: string; metadata: { name: string; namespace?: string }; rules?: Rule[] };

describe("the shipped RBAC manifest", () => {
  const manifests = loadAllYaml(
    readFileSync(new URL("./rbac/stepwise-reader.yaml", import.meta.url), "utf8"),
  ) as Manifest[];

  it("grants only read verbs, only on what Stepwise reads", () => {
    const rules = manifests.flatMap((m) =>
      (m.rules ?? []).map((rule) => ({ kind: m.kind, namespace: m.metadata.namespace, ...rule })),
    );
    // Built from what lib/kube/read-cluster.ts reads: a list added there fails here until the manifest grants it.
    expect(rules).toEqual([
      { kind: "ClusterRole", namespace: undefined, apiGroups: [""], resources: ["nodes"], verbs: ["get", "list"] },
      {
        kind: "ClusterRole",
        namespace: undefined,
        apiGroups: ["apps"],
        resources: WORKLOAD_LISTS.map((list) => list.resource),
        verbs: ["list"],
      },
      {
        kind: "ClusterRole",
        namespace: undefined,
        apiGroups: [APPLICATIONS.group],
        resources: [APPLICATIONS.resource],
        verbs: ["list"],
      },
      {
        kind: "ClusterRole",
        namespace: undefined,
        apiGroups: [HELM_RELEASES.group],
        resources: [HELM_RELEASES.resource],
        verbs: ["list"],
      },
      ...usageRules().map((rule) => ({ kind: "ClusterRole", namespace: undefined, ...rule })),
      {
        kind: "ClusterRole",
        namespace: undefined,
        apiGroups: [""],
        resources: [API_USAGE_READS.namespaces.resource],
        verbs: [API_USAGE_READS.namespaces.verb],
      },
      {
        kind: "ClusterRole",
        namespace: undefined,
        apiGroups: [API_USAGE_READS.crds.group],
        resources: [API_USAGE_READS.crds.resource],
        verbs: [API_USAGE_READS.crds.verb],
      },
      {
        kind: "ClusterRole",
        namespace: undefined,
        nonResourceURLs: [API_USAGE_READS.metrics.nonResourceURL],
        verbs: [API_USAGE_READS.metrics.verb],
      },
      ...[
        [PREFLIGHT_LISTS.budgets],
        [PREFLIGHT_LISTS.validating, PREFLIGHT_LISTS.mutating],
        [PREFLIGHT_LISTS.endpointSlices],
        [PREFLIGHT_LISTS.apiServices],
      ].map((lists) => ({
        kind: "ClusterRole",
        namespace: undefined,
        apiGroups: [lists[0]!.group],
        resources: lists.map((list) => list.resource),
        verbs: ["list"],
      })),
      { kind: "Role", namespace: "kube-system", apiGroups: [""], resources: ["pods"], verbs: ["list"] },
    ]);
  });

  it("binds both to the stepwise-reader service account", () => {
    const bindings = manifests.filter((m) => m.kind.endsWith("Binding")) as unknown as {
      subjects: { name: string }[];
    }[];
    expect(bindings).toHaveLength(2);
    for (const binding of bindings) expect(binding.subjects.map((s) => s.name)).toEqual(["stepwise-reader"]);
  });
});

describe("the optional Helm-records manifest", () => {
  const manifests = loadAllYaml(
    readFileSync(new URL("./rbac/stepwise-reader-helm-secrets.yaml", import.meta.url), "utf8"),
  ) as Manifest[];

  it("grows the reader's rules by exactly the one list discovery makes when Helm's records are turned on", () => {
    expect(manifests.flatMap((m) => m.rules ?? [])).toEqual([
      { apiGroups: [""], resources: [HELM_SECRETS.resource], verbs: ["list"] },
    ]);
    const binding = manifests.find((m) => m.kind === "ClusterRoleBinding") as unknown as {
      subjects: { name: string }[];
    };
    expect(binding.subjects.map((s) => s.name)).toEqual(["stepwise-reader"]);
  });
});
