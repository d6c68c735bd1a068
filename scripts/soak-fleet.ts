// `npm run soak:fleet`: the server's memory while an open fleet page polls a 300 × 200 fleet for
// 200 scans (the simulated API server in its own process, as real clusters are). Prints the
// resident memory the server reports at /metrics as the scans go by. Not part of `npm test`.
// `--heap MB` caps the server's V8 heap (--max-old-space-size), as a container's memory limit should.
//   npm run soak:fleet [-- --scans 200 --clusters 300 --nodes 200 --workloads 300 --heap 256]
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { actionId, callAction, run, seedIn, sessionFor, startServer } from "./web-load";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    scans: { type: "string", default: "200" },
    clusters: { type: "string", default: "300" },
    nodes: { type: "string", default: "200" },
    workloads: { type: "string", default: "300" },
    port: { type: "string", default: "3391" },
    heap: { type: "string" },
  },
});

/** In a child: every context of the kubeconfig registered, spread over Dev/Stg/Prd, and a lead's session. */
async function seed() {
  const { db } = await import("@/lib/db");
  const { openKubeSource } = await import("@/lib/kube/connection");
  const contexts = openKubeSource({ mode: "kubeconfig", path: process.env.STEPWISE_KUBECONFIG! }).contexts;
  const environments = await db.environment.findMany({ orderBy: { position: "asc" } });
  await db.cluster.createMany({
    data: contexts.map((context, index) => ({
      name: context,
      context,
      environmentId: environments[index % environments.length]!.id,
    })),
  });
  const lead = await db.teamMember.create({ data: { name: "Soak Lead", email: "soak@example.com", role: "lead" } });
  process.stdout.write(`SEEDED ${JSON.stringify({ token: await sessionFor(lead.id) })}\n`);
  await db.$disconnect();
}

/** One series' value (summed over its labels) from Prometheus text. */
const series = (text: string, name: string) =>
  [...text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, "gm"))].reduce((sum, m) => sum + Number(m[1]), 0);

async function main() {
  await run("node", ["scripts/build-once.mjs"]);
  const dir = mkdtempSync(path.join(os.tmpdir(), "stepwise-soak-"));
  const kubeconfig = path.join(dir, "kubeconfig");
  const fleet = spawn(
    "npx",
    [
      "tsx",
      "--tsconfig",
      "tsconfig.json",
      "scripts/simulate.ts",
      ...["--kubeconfig", kubeconfig, "--tick-ms", "3600000"],
      ...["--clusters", values.clusters, "--nodes", values.nodes, "--workloads", values.workloads],
    ],
    // Its own process group: npx starts node under it, and both go at the end.
    { stdio: "ignore", detached: true },
  );
  const env = {
    DATABASE_URL: `file:${path.join(dir, "soak.db")}`,
    STEPWISE_DEMO: "off",
    STEPWISE_KUBECONFIG: kubeconfig,
    STEPWISE_FLEET_REFRESH_SECONDS: "1",
    ...(values.heap ? { NODE_OPTIONS: `--max-old-space-size=${Number(values.heap)}` } : {}),
  };
  try {
    while (!existsSync(kubeconfig)) await new Promise((resolve) => setTimeout(resolve, 250));
    const { token } = await seedIn<{ token: string }>("scripts/soak-fleet.ts", { ...process.env, ...env }, []);
    const { base, server } = await startServer(values.port, env);
    const poll = actionId("loadFleet");
    const clusters = Number(values.clusters);
    const target = Number(values.scans);
    const samples: { scans: number; rssMB: number; heapMB: number }[] = [];
    console.log(
      `Soak: an open fleet page polling every second, ${clusters} clusters × ${values.nodes} nodes, ${values.workloads} workloads each, for ${target} scans${values.heap ? `, the server's heap capped at ${values.heap} MB` : ""}\n`,
    );
    try {
      for (let polls = 0; (samples.at(-1)?.scans ?? 0) < target; polls += 1) {
        const started = Date.now();
        const answer = await callAction(base, "/fleet", poll, token, [null]);
        if (answer.status !== 200) throw new Error(`The fleet poll answered ${answer.status}.`);
        if (polls % 5 === 0) {
          const metrics = await (await fetch(`${base}/metrics`)).text();
          const scans = Math.floor(series(metrics, "stepwise_cluster_scan_duration_seconds_count") / clusters);
          const rssMB = series(metrics, "stepwise_process_resident_memory_bytes") / 1024 / 1024;
          // What the heap holds in use: the live set plus what the collector has not reclaimed yet.
          const heapMB = series(metrics, "stepwise_nodejs_heap_size_used_bytes") / 1024 / 1024;
          samples.push({ scans, rssMB, heapMB });
          if (samples.length % 12 === 1)
            console.log(
              `after ${String(scans).padStart(3)} scans: ${rssMB.toFixed(0)} MB resident, ${heapMB.toFixed(0)} MB of heap in use`,
            );
        }
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - started))));
      }
    } finally {
      server.kill("SIGTERM");
    }
    const warm = samples.filter((s) => s.scans >= Math.min(25, target / 4));
    const peak = Math.max(...samples.map((s) => s.rssMB));
    const [low, high] = [Math.min(...warm.map((s) => s.rssMB)), Math.max(...warm.map((s) => s.rssMB))];
    const last = samples.at(-1)!;
    console.log(
      `after ${String(last.scans).padStart(3)} scans: ${last.rssMB.toFixed(0)} MB resident, ${last.heapMB.toFixed(0)} MB of heap in use`,
    );
    const heapHigh = Math.max(...warm.map((s) => s.heapMB));
    console.log(
      `\nPeak ${peak.toFixed(0)} MB resident; after warm-up (scan ${warm[0]?.scans ?? "-"} on) between ${low.toFixed(0)} and ${high.toFixed(0)} MB, heap in use at most ${heapHigh.toFixed(0)} MB.`,
    );
    console.log("Aim: under 400 MB, flat after warm-up.");
  } finally {
    process.kill(-fleet.pid!, "SIGTERM");
  }
}

if (positionals[0] === "seed") await seed();
else await main();
