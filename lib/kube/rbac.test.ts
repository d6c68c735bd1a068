import { readFileSync } from "node:fs";
import { loadAllYaml } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";
import { APPLICATIONS, HELM_RELEASES, HELM_SECRETS, WORKLOAD_LISTS } from "./read-cluster";

type Rule = { apiGroups: string[]; resources: string[]; verbs: string[] };
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
