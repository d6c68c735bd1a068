// `npm run bench:fleet`: scans a simulated fleet (300 clusters × 200 nodes by default) the Stepwise
// way and the way teams do it today (one `kubectl get nodes -o json` per context, in sequence),
// and prints wall time and peak memory side by side. Not part of `npm test`: figures, not assertions.
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    clusters: { type: "string", default: "300" },
    nodes: { type: "string", default: "200" },
    workloads: { type: "string", default: "300" },
    "kubectl-sample": { type: "string" },
  },
});

type Figures = {
  wallMs: number;
  peakMB: number;
  clusters: number;
  nodes: number;
  failed: number;
  workloads?: number;
};

/**
 * Two scans in one process: the first pays for loading and compiling modules on first use; the
 * second is what a running dashboard pays on every refresh.
 */
type Mode = "nodes" | "workloads" | "discovery";

async function scanHere(kubeconfig: string, mode: Mode): Promise<{ cold: Figures; warm: Figures }> {
  const { scanClusters } = await import("@/lib/kube/scan");
  const { openKubeSource } = await import("@/lib/kube/connection");
  const source = { mode: "kubeconfig" as const, path: kubeconfig };
  const scan = async (): Promise<Figures> => {
    const started = performance.now();
    const contexts = openKubeSource(source).contexts;
    const results = await scanClusters(
      source,
      contexts.map((context) => ({ name: context, context })),
      {
        timeoutMs: 20_000,
        concurrency: 32,
        discovery: mode === "nodes" ? null : { namespaces: null, checks: mode === "discovery" },
      },
    );
    return {
      wallMs: performance.now() - started,
      peakMB: process.resourceUsage().maxRSS / 1024,
      clusters: results.length,
      nodes: results.reduce((sum, r) => sum + (r.read.ok ? r.read.reading.nodes.length : 0), 0),
      failed: results.filter((r) => !r.read.ok).length,
      workloads: results.reduce(
        (sum, r) => sum + (r.read.ok ? (r.read.reading.discovery?.workloads.length ?? 0) : 0),
        0,
      ),
    };
  };
  const cold = await scan();
  return { cold, warm: await scan() };
}

async function kubectlLoop(kubeconfig: string, contexts: string[]): Promise<Figures> {
  const started = performance.now();
  let nodes = 0;
  let failed = 0;
  for (const context of contexts) {
    try {
      const { stdout } = await promisify(execFile)(
        "kubectl",
        ["--kubeconfig", kubeconfig, "--context", context, "get", "nodes", "-o", "json"],
        { maxBuffer: 256 * 1024 * 1024 },
      );
      nodes += (JSON.parse(stdout) as { items: unknown[] }).items.length;
    } catch {
      failed += 1;
    }
  }
  return { wallMs: performance.now() - started, peakMB: NaN, clusters: contexts.length, nodes, failed };
}

if (positionals[0] === "scan") {
  // The Stepwise scan runs in its own process so its peak memory is its own.
  console.log(JSON.stringify(await scanHere(positionals[1]!, positionals[2] as Mode)));
} else {
  const dir = mkdtempSync(path.join(os.tmpdir(), "stepwise-bench-"));
  const kubeconfig = path.join(dir, "kubeconfig");
  const simulator = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/simulate.ts",
      "--clusters",
      values.clusters,
      "--nodes",
      values.nodes,
      "--workloads",
      values.workloads,
      "--tick-ms",
      "0",
      "--kubeconfig",
      kubeconfig,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve) =>
    simulator.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("simulated fleet") && resolve()),
  );
  try {
    // Each scan in its own process, so each peak memory is its own.
    const scanIn = async (mode: Mode) => {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ["--conditions=react-server", "--import", "tsx", "scripts/bench-fleet.ts", "scan", kubeconfig, mode],
        { maxBuffer: 16 * 1024 * 1024 },
      );
      return JSON.parse(stdout.trim().split("\n").pop()!) as { cold: Figures; warm: Figures };
    };
    const stepwise = await scanIn("nodes");
    const workloads = await scanIn("workloads");
    const discovered = await scanIn("discovery");

    const contexts = (JSON.parse(readFileSync(kubeconfig, "utf8")) as { contexts: { name: string }[] }).contexts.map(
      (c) => c.name,
    );
    const sample = Number(values["kubectl-sample"] ?? contexts.length);
    const measured = await kubectlLoop(kubeconfig, contexts.slice(0, sample));
    // With a sample, the loop's time is scaled up to the whole fleet (it is strictly sequential).
    const kubectl = { ...measured, wallMs: (measured.wallMs / measured.clusters) * contexts.length };

    const row = (name: string, f: Figures, note = "") =>
      `${name.padEnd(34)} ${(f.wallMs / 1000).toFixed(2).padStart(8)} s ${Number.isNaN(f.peakMB) ? "       —" : `${f.peakMB.toFixed(0).padStart(6)} MB`}   ${String(f.nodes).padStart(7)} nodes  ${f.failed} failed ${note}`;
    console.log(
      `\nFleet scan: ${values.clusters} clusters × ${values.nodes} nodes, ${values.workloads} workloads each (simulated API server over HTTPS, separate process)\n`,
    );
    console.log(`${"".padEnd(34)} ${"wall".padStart(10)} ${"peak RSS".padStart(9)}`);
    console.log(row("Stepwise, first scan (cold)", stepwise.cold));
    console.log(row("Stepwise, every refresh after", stepwise.warm, "(peak RSS over both scans)"));
    console.log(row("  + what runs, every refresh", workloads.warm, `${workloads.cold.workloads} workloads`));
    console.log(row("  + pre-upgrade checks, first scan", discovered.cold, "(the whole discovery)"));
    console.log(row("  + pre-upgrade checks, every refresh", discovered.warm, "(peak RSS over both scans)"));
    console.log(
      row(
        "kubectl get nodes -o json, loop",
        kubectl,
        sample < contexts.length ? `(measured ${sample} contexts, scaled)` : "",
      ),
    );
    console.log(
      `\nSpeed-up: ${(kubectl.wallMs / stepwise.cold.wallMs).toFixed(1)}× cold, ${(kubectl.wallMs / stepwise.warm.wallMs).toFixed(1)}× warm   (aims: under 3 s, 20× the loop, under 400 MB)`,
    );
    console.log(
      `Discovery costs ${(discovered.warm.wallMs / stepwise.warm.wallMs).toFixed(2)}× the node-only refresh, peak ${discovered.warm.peakMB.toFixed(0)} MB   (aims: at most 2×, under 400 MB)`,
    );
    console.log(
      `The pre-upgrade checks (removed APIs, drain blockers) add ${((discovered.warm.wallMs - workloads.warm.wallMs) / 1000).toFixed(2)} s per refresh for ${values.clusters} clusters (${((discovered.warm.wallMs / stepwise.warm.wallMs - workloads.warm.wallMs / stepwise.warm.wallMs) * 100).toFixed(0)}% of the node-only refresh)`,
    );
  } finally {
    simulator.kill("SIGTERM");
  }
}
