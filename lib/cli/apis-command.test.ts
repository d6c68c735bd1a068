import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulatedApiServer, type SimulatedApiServer } from "@/lib/demo/simulator/api-server";
import { demoFleet } from "@/lib/demo/simulator/fleet-model";
import { runStepwise } from "@/lib/testing/run-stepwise";

/* `npx stepwise apis` as a tenant repository's CI runs it: a real process over real files. */

let repo: string;
const apis = (...args: string[]) => runStepwise(["apis", ...args]);

beforeAll(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), "stepwise-apis-"));
  mkdirSync(path.join(repo, "charts", "rendered"), { recursive: true });
  writeFileSync(
    path.join(repo, "charts", "rendered", "all.yaml"),
    [
      "---",
      "# Source: batch/templates/flowschema.yaml",
      "apiVersion: flowcontrol.apiserver.k8s.io/v1beta3",
      "kind: FlowSchema",
      "metadata:",
      "  name: batch-jobs",
      "---",
      "# Source: batch/templates/secret.yaml",
      "apiVersion: external-secrets.io/v1beta1",
      "kind: ExternalSecret",
      "metadata: {name: db, namespace: batch}",
      "---",
      "apiVersion: v1",
      "kind: Endpoints",
      "metadata: {name: legacy, namespace: batch}",
      "",
    ].join("\n"),
  );
  writeFileSync(path.join(repo, "deploy.yml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n");
  writeFileSync(path.join(repo, "README.md"), "apiVersion: extensions/v1beta1 is not read here\n");
});

describe("stepwise apis", { timeout: 30_000 }, () => {
  it("exits 1 naming the file, line, template, object, replacement and source of what the target removes", async () => {
    const { code, stdout } = await apis(repo, "--target", "1.34");
    expect(code).toBe(1);
    expect(stdout).toContain(
      `REMOVED  ${path.join(repo, "charts", "rendered", "all.yaml")}:3 (batch/templates/flowschema.yaml)  FlowSchema batch-jobs`,
    );
    expect(stdout).toContain("use flowcontrol.apiserver.k8s.io/v1");
    expect(stdout).toContain("deprecation-guide/#flowcontrol-resources-v132");
    // An add-on's removal and a deprecated-but-served version are warnings; Markdown is not read.
    expect(stdout).toMatch(/warning .*ExternalSecret batch\/db/);
    expect(stdout).toMatch(/warning .*Endpoints batch\/legacy/);
    expect(stdout).not.toContain("README");
    expect(stdout).toContain("1 object uses an API removed by Kubernetes 1.34.");
  });

  it("exits 0 when nothing is removed at the target, still printing the warnings", async () => {
    const { code, stdout } = await apis(repo, "--target", "1.31");
    expect(code).toBe(0);
    expect(stdout).toContain("No object uses an API removed by Kubernetes 1.31");
    expect(stdout).not.toContain("Endpoints");
  });

  it("counts an add-on's removed version as removed once --addon says the cluster runs that release", async () => {
    const { code, stdout } = await apis(repo, "--target", "1.31", "--addon", "External Secrets Operator=0.19.2");
    expect(code).toBe(1);
    expect(stdout).toMatch(/REMOVED .*ExternalSecret batch\/db/);
  });

  it("reads rendered output from standard input", async () => {
    const { code, stdout } = await runStepwise(["apis", "-", "--target", "1.25", "--json"], {
      input: "apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: {name: web, namespace: shop}\n",
    });
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      findings: { file: string; kind: string; severity: string; changes: string[] }[];
    };
    expect(report.findings).toEqual([
      expect.objectContaining({ file: "-", kind: "PodDisruptionBudget", severity: "error" }),
    ]);
    expect(report.findings[0]!.changes[0]).toContain("empty spec.selector");
  });

  it("writes SARIF that code scanning reads: one rule per API, a result per object with its line", async () => {
    const { stdout } = await apis(repo, "--target", "1.34", "--sarif");
    const sarif = JSON.parse(stdout) as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        results: {
          ruleId: string;
          level: string;
          locations: { physicalLocation: { region: { startLine: number } } }[];
        }[];
      }[];
    };
    expect(sarif.version).toBe("2.1.0");
    const [run] = sarif.runs;
    expect(run!.tool.driver.rules.map((rule) => rule.id)).toContain("flowcontrol.apiserver.k8s.io/v1beta3/FlowSchema");
    expect(
      run!.results.map((result) => [
        result.ruleId,
        result.level,
        result.locations[0]!.physicalLocation.region.startLine,
      ]),
    ).toEqual([
      ["flowcontrol.apiserver.k8s.io/v1beta3/FlowSchema", "error", 3],
      ["external-secrets.io/v1beta1/ExternalSecret", "warning", 9],
      ["v1/Endpoints", "warning", 13],
    ]);
  });

  it("exits 2 on a path it cannot read or a document it cannot parse, and on a missing target", async () => {
    expect((await apis(path.join(repo, "missing"), "--target", "1.34")).code).toBe(2);
    const broken = path.join(repo, "..", `broken-${path.basename(repo)}.yaml`);
    writeFileSync(broken, "apiVersion: v1\nkind: [oops\n");
    const unreadable = await apis(broken, "--target", "1.34");
    expect(unreadable.code).toBe(2);
    expect(unreadable.stdout).toContain("could not be read");
    expect((await apis(repo)).code).toBe(2);
  });
});

describe("stepwise apis --kubeconfig", { timeout: 30_000 }, () => {
  let server: SimulatedApiServer;
  let kubeconfig: string;
  beforeAll(async () => {
    server = await startSimulatedApiServer(demoFleet(new Date("2026-11-22T09:00:00Z")));
    kubeconfig = path.join(mkdtempSync(path.join(os.tmpdir(), "stepwise-apis-live-")), "kubeconfig");
    writeFileSync(kubeconfig, server.kubeconfig());
  });
  afterAll(() => server.close());

  it("reads each cluster live: exit 1 naming the object, its writer and the hop that removes its version", async () => {
    const { code, stdout } = await apis("--kubeconfig", kubeconfig, "--context", "prd-gpu", "--target", "1.34");
    expect(code).toBe(1);
    expect(stdout).toContain("✗ prd-gpu (v1.31.13 → 1.34)");
    expect(stdout).toContain(
      "REMOVED  FlowSchema batch-jobs  flowcontrol.apiserver.k8s.io/v1beta3, removed in Kubernetes 1.32; use flowcontrol.apiserver.k8s.io/v1; written by helm",
    );
    expect(stdout).toContain("warning  requests to flowcontrol.apiserver.k8s.io/v1beta3 flowschemas");
    // Without --addon, the External Secrets upgrade is not on the way.
    expect(stdout).not.toContain("ExternalSecret");
  });

  it("exits 0 on a target before the removal, and counts the add-on's objects once --addon puts its upgrade on the way", async () => {
    expect((await apis("--kubeconfig", kubeconfig, "--context", "prd-gpu", "--target", "1.31")).code).toBe(0);
    const { stdout } = await apis(
      "--kubeconfig",
      kubeconfig,
      "--context",
      "prd-eks",
      "--target",
      "1.31",
      "--addon",
      "External Secrets Operator=0.19.2",
      "--json",
    );
    const report = JSON.parse(stdout) as { clusters: { metrics: string; findings: { kind: string }[] }[] };
    expect(report.clusters[0]!.metrics).toBe("forbidden");
    expect(report.clusters[0]!.findings.map((finding) => finding.kind)).toEqual([
      "object",
      "object",
      "object",
      "object",
      "stored",
      "stored",
      "stored",
    ]);
  });
});
