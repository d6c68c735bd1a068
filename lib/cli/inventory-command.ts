import { openKubeSource } from "@/lib/kube/connection";
import { scanClusters } from "@/lib/kube/scan";
import { MATCH_KIND_LABELS, MATCH_KINDS, type Sighting } from "@/lib/discovery/match";
import { sightingsOf } from "@/lib/discovery/sightings";
import { flagsOf } from "./flags";
import { EXIT } from "./skew-report";

export const INVENTORY_USAGE = `stepwise inventory --kubeconfig FILE [--context NAME] [--namespace NS]... [--helm-secrets] [--json] [--timeout SECONDS]
  prints what each cluster runs, the dashboard's own discovery: node runtimes, OS, kernels, kubelets, the
  control plane, every workload's images and chart labels (all namespaces, or those given), Argo CD Applications,
  Flux HelmReleases, and with --helm-secrets Helm's own release records (needs Secret read access).
  Exit codes: 0 every cluster read, 2 one could not be (the others are still printed).`;

type ClusterInventory =
  | {
      name: string;
      serverVersion: string;
      sightings: Sighting[];
      applications: number | null;
      missing: string[];
    }
  | { name: string; error: string };

/** For teams that keep their inventory elsewhere: what runs, per cluster, as text or JSON. */
export async function inventoryCommand(rest: string[]): Promise<number> {
  const options = flagsOf(
    rest,
    {
      kubeconfig: { type: "string" },
      context: { type: "string" },
      namespace: { type: "string", multiple: true },
      "helm-secrets": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      timeout: { type: "string", default: "10" },
    },
    INVENTORY_USAGE,
  );
  if (!options) return EXIT.unreadable;
  if (!options.kubeconfig) {
    console.error(`--kubeconfig is required.\n\n${INVENTORY_USAGE}`);
    return EXIT.unreadable;
  }
  const source = { mode: "kubeconfig" as const, path: options.kubeconfig };
  const chosen = options.context ? [options.context] : openKubeSource(source).contexts;
  if (chosen.length === 0) {
    console.error(`No contexts in ${options.kubeconfig} (or it could not be read).`);
    return EXIT.unreadable;
  }
  const results = await scanClusters(
    source,
    chosen.map((context) => ({ name: context, context })),
    {
      timeoutMs: Math.max(1, Number(options.timeout) || 10) * 1_000,
      concurrency: 16,
      discovery: {
        namespaces: options.namespace?.length ? options.namespace : null,
        helmSecrets: options["helm-secrets"],
      },
    },
  );
  const clusters: ClusterInventory[] = results.map(({ name, read }) =>
    read.ok
      ? {
          name,
          serverVersion: read.reading.serverVersion,
          sightings: sightingsOf(read.reading),
          applications: read.reading.discovery?.applications?.length ?? null,
          missing: read.reading.discovery?.missing.map((m) => m.permission) ?? [],
        }
      : { name, error: `${read.fault.kind}: ${read.fault.message}` },
  );
  console.log(options.json ? JSON.stringify({ clusters }, null, 2) : clusters.map(formatCluster).join("\n\n"));
  return clusters.some((cluster) => "error" in cluster) ? EXIT.unreadable : EXIT.clean;
}

function formatCluster(cluster: ClusterInventory): string {
  if ("error" in cluster) return `✗ ${cluster.name}: ${cluster.error}`;
  const lines = [`${cluster.name} (apiserver ${cluster.serverVersion})`];
  for (const kind of MATCH_KINDS) {
    const seen = cluster.sightings
      .filter((sighting) => sighting.kind === kind)
      .sort((a, b) => a.key.localeCompare(b.key) || b.count - a.count);
    if (seen.length === 0) continue;
    lines.push(`  ${MATCH_KIND_LABELS[kind]}:`);
    for (const { key, version, count } of seen) lines.push(`    ${key} ${version}${count > 1 ? ` ×${count}` : ""}`);
  }
  lines.push(
    cluster.applications === null
      ? "  Argo CD: not installed"
      : `  Argo CD: ${cluster.applications} Application${cluster.applications === 1 ? "" : "s"}`,
  );
  for (const permission of cluster.missing) lines.push(`  ! not read, needs: ${permission}`);
  return lines.join("\n");
}
