import { describe, expect, it } from "vitest";
import { parseManifests } from "./manifests";

describe("parseManifests", () => {
  it("reads every document, List items and Helm's template names, skipping comments and empty documents", () => {
    const source = [
      "---",
      "# Source: tenant/templates/hpa.yaml",
      "apiVersion: autoscaling/v2beta2",
      "kind: HorizontalPodAutoscaler",
      "metadata:",
      "  name: web",
      "  namespace: shop",
      "---",
      "# only a comment",
      "---",
      "",
      "---",
      "apiVersion: v1",
      "kind: List",
      "items:",
      "  - apiVersion: policy/v1beta1",
      "    kind: PodDisruptionBudget",
      "    metadata: {name: web}",
      "  - apiVersion: apps/v1",
      "    kind: Deployment",
      "    metadata: {name: web}",
    ].join("\n");
    expect(parseManifests(source)).toEqual({
      objects: [
        {
          apiVersion: "autoscaling/v2beta2",
          kind: "HorizontalPodAutoscaler",
          name: "web",
          namespace: "shop",
          line: 3,
          template: "tenant/templates/hpa.yaml",
        },
        {
          apiVersion: "policy/v1beta1",
          kind: "PodDisruptionBudget",
          name: "web",
          namespace: null,
          line: 16,
          template: null,
        },
        { apiVersion: "apps/v1", kind: "Deployment", name: "web", namespace: null, line: 19, template: null },
      ],
      errors: [],
    });
  });

  it("reports a broken document with its line and still reads the others", () => {
    const parsed = parseManifests("apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: {name: a}\n---\nkind: [oops\n");
    expect(parsed.objects.map((object) => object.kind)).toEqual(["CronJob"]);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]!.line).toBe(5);
  });

  it("skips YAML that is not a Kubernetes object", () => {
    expect(parseManifests("name: my-app\nversion: 1.0.0\n").objects).toEqual([]);
  });
});
