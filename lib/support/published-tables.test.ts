import { describe, expect, it } from "vitest";
import { parseArgoCdTestedVersions, parseKubePrometheusCompatibility } from "./published-tables";

describe("parseArgoCdTestedVersions", () => {
  it("reads each line's tested minors, oldest first, and keeps an empty row empty", () => {
    const markdown = [
      "| Argo CD version | Kubernetes versions |",
      "|-----------------|---------------------|",
      "| 3.5 | v1.36, v1.35, v1.34, v1.33 |",
      "| 3.4 | v1.35, v1.34, v1.33, v1.32 |",
      "| 2.12 |  |",
    ].join("\n");
    expect(parseArgoCdTestedVersions(markdown)).toEqual([
      { line: "3.5", minors: ["1.33", "1.34", "1.35", "1.36"] },
      { line: "3.4", minors: ["1.32", "1.33", "1.34", "1.35"] },
      { line: "2.12", minors: [] },
    ]);
  });
});

describe("parseKubePrometheusCompatibility", () => {
  it("reads the ticked Kubernetes columns of each release branch and skips main", () => {
    const markdown = [
      "## Compatibility",
      "",
      "| kube-prometheus stack | Kubernetes 1.29 | Kubernetes 1.30 | Kubernetes 1.31 | Kubernetes 1.32 |",
      "|---|---|---|---|---|",
      "| [`release-0.14`](https://github.com/prometheus-operator/kube-prometheus/tree/release-0.14) | ✔ | ✔ | ✔ | x |",
      "| [`release-0.15`](https://github.com/prometheus-operator/kube-prometheus/tree/release-0.15) | x | x | ✔ | ✔ |",
      "| [`main`](https://github.com/prometheus-operator/kube-prometheus/tree/main) | x | x | x | ✔ |",
    ].join("\n");
    expect(parseKubePrometheusCompatibility(markdown)).toEqual([
      { line: "0.14", minors: ["1.29", "1.30", "1.31"] },
      { line: "0.15", minors: ["1.31", "1.32"] },
    ]);
  });

  it("finds nothing in text without the table", () => {
    expect(parseKubePrometheusCompatibility("# kube-prometheus\n\nNo table here.")).toEqual([]);
  });
});
