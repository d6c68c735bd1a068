import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runStepwise } from "@/lib/testing/run-stepwise";
import { startSimulatedApiServer, type SimulatedApiServer } from "@/lib/demo/simulator/api-server";
import { demoFleet } from "@/lib/demo/simulator/fleet-model";

/* `npx stepwise skew` as a pipeline runs it: a real process, a kubeconfig file, exit codes. */

let server: SimulatedApiServer;
let kubeconfig: string;

beforeAll(async () => {
  server = await startSimulatedApiServer(demoFleet(new Date("2026-11-22T09:00:00Z")));
  kubeconfig = path.join(mkdtempSync(path.join(os.tmpdir(), "stepwise-cli-")), "kubeconfig");
  const config = JSON.parse(server.kubeconfig()) as {
    clusters: { name: string; cluster: { server: string } }[];
    contexts: { name: string; context: { cluster: string; user: string } }[];
  };
  // One more context that points nowhere, for exit code 2.
  config.clusters.push({ name: "gone", cluster: { server: "https://127.0.0.1:9" } });
  config.contexts.push({ name: "gone", context: { cluster: "gone", user: "dev-gpu-reader" } });
  writeFileSync(kubeconfig, JSON.stringify(config));
});
afterAll(() => server.close());

/** `stepwise <command> --kubeconfig <the test's kubeconfig> ...args` as a real process. */
const cli = (command: string, ...args: string[]) => runStepwise([command, "--kubeconfig", kubeconfig, ...args]);

const stepwise = (...args: string[]) => cli("skew", ...args);

// Each case starts a real process that compiles the command with tsx: seconds, not milliseconds.
describe("stepwise skew", { timeout: 30_000 }, () => {
  it("exits 0 for a clean cluster at its target", async () => {
    const { code, stdout } = await stepwise("--context", "dev-gpu", "--target", "1.34");
    expect(stdout).toContain("✓ dev-gpu: apiserver v1.34.1; 9 nodes");
    expect(code).toBe(0);
  });

  it("without --target judges the skew policy: exits 1 and names the rule when a kubelet is newer than the apiserver", async () => {
    const { code, stdout } = await stepwise("--context", "stg-batch");
    expect(stdout).toContain("✗ stg-batch: apiserver v1.32.9");
    expect(stdout).toContain("violation [kubelet-newer] kubelet on stg-batch-w-3 (1.33) is newer than kube-apiserver");
    expect(stdout).toContain("next hop: Control plane 1.32 → 1.33: information only (no --target)");
    expect(code).toBe(1);
  });

  it("with --target the hop's gate decides: the hop that brings the control plane up to the node is open", async () => {
    const towards = await stepwise("--context", "stg-batch", "--target", "1.34");
    expect(towards.stdout).toContain("✓ stg-batch");
    expect(towards.stdout).toContain("gate OPEN");
    expect(towards.stdout).toContain("! Version skew policy: 1 node ahead of the apiserver");
    expect(towards.code).toBe(0);
    // With the target below the node, no hop repairs it: blocked, and the reason printed.
    const below = await stepwise("--context", "stg-batch", "--target", "1.32");
    expect(below.stdout).toContain("✗ stg-batch");
    expect(below.stdout).toContain("nothing left to upgrade; gate BLOCKED");
    expect(below.stdout).toContain("- Version skew policy: 1 part of the cluster is outside the version skew policy");
    expect(below.code).toBe(1);
  });

  it("exits 2 when a cluster cannot be read, and still reports the others", async () => {
    const { code, stdout } = await stepwise("--target", "1.34", "--timeout", "3");
    expect(stdout).toContain("✗ gone: could not be read (unreachable)");
    expect(stdout).toContain("prd-gpu: apiserver v1.31.13");
    expect(code).toBe(2);
  });

  it("prints JSON for tools, without any credential", async () => {
    const { stdout } = await stepwise("--context", "prd-gpu", "--target", "1.34", "--json");
    const report = JSON.parse(stdout) as { judged: string; exitCode: number; clusters: unknown[] };
    expect(report).toMatchObject({ judged: "gate", exitCode: 0 });
    expect(report.clusters[0]).toMatchObject({
      name: "prd-gpu",
      passes: true,
      plan: { next: { step: { kind: "control-plane-hop", from: "1.31", to: "1.32" } } },
      checks: expect.arrayContaining([expect.objectContaining({ id: "skew-policy", verdict: "pass" })]),
    });
    for (const cluster of server.clusters) expect(stdout).not.toContain(cluster.token);
  });

  it("refuses a target that is no version", async () => {
    expect((await stepwise("--target", "1.3x")).code).toBe(2);
  });
});

describe("stepwise set-password", { timeout: 30_000 }, () => {
  const run = (input: string, ...args: string[]) => runStepwise(["set-password", ...args], { input });

  it("sets a new password a real process can be signed in with, and ends the member's sessions", async () => {
    const { db } = await import("@/lib/db");
    const { checkPassword } = await import("@/lib/auth/local-accounts");
    const member = await db.teamMember.create({
      data: { name: "Aiko Forgetful", email: "aiko.forgetful@example.com", role: "lead" },
    });
    await db.session.create({
      data: { tokenHash: "old-session", memberId: member.id, expiresAt: new Date(Date.now() + 3600_000) },
    });

    const result = await run("a-brand-new-password\n", "Aiko.Forgetful@example.com");
    expect(result.stdout).toContain("New password set for Aiko Forgetful");
    expect(result.code).toBe(0);
    expect(
      (await checkPassword({ email: "aiko.forgetful@example.com", password: "a-brand-new-password" }, "198.51.100.1"))
        .ok,
    ).toBe(true);
    expect(await db.session.count({ where: { memberId: member.id } })).toBe(0);
  });

  it("refuses a short password and an unknown email, exiting 2", async () => {
    expect(await run("short\n", "aiko.forgetful@example.com")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Use at least 10 characters."),
    });
    expect(await run("long-enough-password\n", "nobody@example.com")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Nobody on the team"),
    });
  });
});

describe("stepwise inventory", { timeout: 30_000 }, () => {
  const inventory = (...args: string[]) => cli("inventory", ...args);

  it("prints what a cluster runs: runtimes per node, images and charts per workload, Argo CD", async () => {
    const { code, stdout } = await inventory("--context", "stg-gpu");
    expect(code).toBe(0);
    expect(stdout).toContain("stg-gpu (apiserver v1.33.5)");
    expect(stdout).toMatch(/Node container runtime:\n\s+containerd 1\.7\.22 ×11/);
    expect(stdout).toContain("quay.io/jetstack/cert-manager-controller v1.15.3");
    expect(stdout).toMatch(/Argo CD: \d+ Applications/);
  });

  it("as JSON, names what a cluster refused, and exits 2 when one cannot be read", async () => {
    const { code, stdout } = await inventory("--json");
    expect(code).toBe(2);
    const { clusters } = JSON.parse(stdout) as {
      clusters: ({ name: string; missing: string[]; applications: number | null } | { name: string; error: string })[];
    };
    expect(clusters.find((c) => c.name === "prd-eks")).toMatchObject({
      missing: expect.arrayContaining(["list deployments.apps (all namespaces)"]),
      applications: null,
    });
    expect(clusters.find((c) => c.name === "gone")).toMatchObject({ error: expect.stringMatching(/^unreachable/) });
  });
});
