import { describe, expect, it } from "vitest";
import { tenantFlowSchema } from "@/lib/testing/api-use";
import type { ApiUsage } from "@/lib/kube/types";
import { removalOf } from "./judge";
import {
  clusterRemovedApis,
  lastWriter,
  liveFindings,
  parseDeprecatedRequests,
  removalsAhead,
  resourceOf,
  usageListsFor,
} from "./live";

const at = (time: string) => `2026-0${time}T10:00:00Z`;

describe("lastWriter", () => {
  it("takes the newest write in managedFields, leaving status writes out", () => {
    expect(
      lastWriter({
        managedFields: [
          {
            manager: "helm",
            operation: "Update",
            apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
            time: at("1-05"),
          },
          {
            manager: "kubectl-edit",
            operation: "Update",
            apiVersion: "flowcontrol.apiserver.k8s.io/v1",
            time: at("3-01"),
          },
          {
            manager: "api-priority-and-fairness-config-consumer-v1",
            operation: "Update",
            apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
            time: at("9-01"),
            subresource: "status",
          },
        ],
      }),
    ).toEqual({ apiVersion: "flowcontrol.apiserver.k8s.io/v1", manager: "kubectl-edit", evidence: "managedFields" });
  });

  it("falls back to kubectl's last-applied annotation, marked as weaker evidence", () => {
    const metadata = {
      managedFields: [
        {
          manager: "external-secrets",
          operation: "Update",
          apiVersion: "external-secrets.io/v1beta1",
          subresource: "status",
        },
      ],
      annotations: {
        "kubectl.kubernetes.io/last-applied-configuration":
          '{"apiVersion":"external-secrets.io/v1beta1","kind":"ExternalSecret"}\n',
      },
    };
    expect(lastWriter(metadata)).toEqual({
      apiVersion: "external-secrets.io/v1beta1",
      manager: "kubectl apply",
      evidence: "last-applied",
    });
  });

  it("says nothing when nothing records a writer, or the annotation is not JSON", () => {
    expect(lastWriter({})).toBeNull();
    expect(lastWriter({ annotations: { "kubectl.kubernetes.io/last-applied-configuration": "{not json" } })).toBeNull();
  });
});

describe("parseDeprecatedRequests", () => {
  it("reads the gauge's labels and skips zero samples and other series", () => {
    const text = [
      "# TYPE apiserver_requested_deprecated_apis gauge",
      'apiserver_requested_deprecated_apis{group="flowcontrol.apiserver.k8s.io",removed_release="1.32",resource="flowschemas",subresource="",version="v1beta3"} 1',
      'apiserver_requested_deprecated_apis{group="",removed_release="",resource="endpoints",subresource="",version="v1"} 0',
      'apiserver_request_total{code="200",group="",resource="nodes",verb="LIST",version="v1"} 1834',
    ].join("\n");
    expect(parseDeprecatedRequests(text)).toEqual([
      { group: "flowcontrol.apiserver.k8s.io", version: "v1beta3", resource: "flowschemas", removedRelease: "1.32" },
    ]);
  });
});

describe("usageListsFor", () => {
  it("lists only kinds whose removal is still ahead of the cluster, through the replacement first", () => {
    const lists = usageListsFor("v1.31.13");
    const flowSchemas = lists.find((list) => list.kind === "FlowSchema");
    expect(flowSchemas).toEqual({
      kind: "FlowSchema",
      resource: "flowschemas",
      paths: [
        "/apis/flowcontrol.apiserver.k8s.io/v1/flowschemas",
        "/apis/flowcontrol.apiserver.k8s.io/v1beta3/flowschemas",
      ],
      removed: ["flowcontrol.apiserver.k8s.io/v1beta3"],
    });
    expect(lists.some((list) => list.kind === "HorizontalPodAutoscaler")).toBe(false);
    expect(usageListsFor("v1.32.9").some((list) => list.kind === "FlowSchema")).toBe(false);
    // From the campaign's start (1.31), what the 1.32 hop removed is still looked for after it.
    expect(usageListsFor("v1.32.9", "1.31").find((list) => list.kind === "FlowSchema")?.removed).toEqual([
      "flowcontrol.apiserver.k8s.io/v1beta3",
    ]);
    expect(usageListsFor("v1.32.9", "1.33").some((list) => list.kind === "FlowSchema")).toBe(false);
    // Add-on removals do not depend on the Kubernetes version.
    expect(usageListsFor("v1.34.1").map((list) => list.kind)).toContain("ExternalSecret");
  });

  it("names resources as the API does", () => {
    expect(["NetworkPolicy", "Ingress", "FlowSchema", "Endpoints"].map(resourceOf)).toEqual([
      "networkpolicies",
      "ingresses",
      "flowschemas",
      "endpoints",
    ]);
  });
});

describe("liveFindings", () => {
  const usage: ApiUsage = {
    objects: [
      tenantFlowSchema,
      {
        kind: "ExternalSecret",
        namespace: "shop",
        name: "db-credentials",
        apiVersion: "external-secrets.io/v1beta1",
        manager: "argocd-controller",
        evidence: "managedFields",
        owner: "storefront",
      },
    ],
    crds: [{ name: "externalsecrets.external-secrets.io", group: "external-secrets.io", storedVersions: ["v1beta1"] }],
    requested: {
      state: "read",
      requests: [
        { group: "flowcontrol.apiserver.k8s.io", version: "v1beta3", resource: "flowschemas", removedRelease: "1.32" },
      ],
    },
  };
  const eso = removalOf({ apiVersion: "external-secrets.io/v1beta1", kind: "ExternalSecret" })!;

  it("keeps what the way ahead removes: the 1.32 hop's FlowSchema, the add-on upgrade's objects and stored version", () => {
    const findings = liveFindings(usage, removalsAhead("v1.31.13", "1.34", [eso]));
    expect(findings.map((finding) => finding.kind)).toEqual(["object", "object", "stored", "requested"]);
  });

  it("names an object a past hop of the campaign left unserved apart from what the way ahead removes", () => {
    const { ahead, findings } = clusterRemovedApis("v1.32.9", "1.34", usage, [eso], "1.31");
    expect(ahead.some((removal) => removal.apiVersion === "flowcontrol.apiserver.k8s.io/v1beta3")).toBe(false);
    expect(findings.map((finding) => [finding.kind, finding.removal.apiVersion])).toEqual([
      ["object", "external-secrets.io/v1beta1"],
      ["stored", "external-secrets.io/v1beta1"],
      ["unserved", "flowcontrol.apiserver.k8s.io/v1beta3"],
    ]);
    // Started at 1.32, the campaign never crossed that removal: nothing of it is named.
    expect(clusterRemovedApis("v1.32.9", "1.34", usage, [], "1.32").findings.some((f) => f.kind === "unserved")).toBe(
      false,
    );
  });

  it("keeps nothing of a removal the way does not pass", () => {
    expect(liveFindings(usage, removalsAhead("v1.31.13", "1.31", []))).toEqual([]);
    // Without the add-on upgrade, only the Kubernetes hop's findings remain.
    expect(liveFindings(usage, removalsAhead("v1.31.13", "1.32", [])).map((finding) => finding.kind)).toEqual([
      "object",
      "requested",
    ]);
  });
});
