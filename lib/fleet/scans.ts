import "server-only";
import { log } from "@/lib/observability/log";
import { db } from "@/lib/db";
import { scanClusters, type ScanResult } from "@/lib/kube/scan";
import { sightingsOf } from "@/lib/discovery/sightings";
import type { Sighting } from "@/lib/discovery/match";
import { metrics } from "@/lib/observability/metrics";
import { addonRemovalsCrossed } from "@/lib/apis/judge";
import { clusterView, type CampaignContext } from "./cluster-view";
import { kubeSource } from "./kube-source";
import { fleetSettings } from "./settings";
import { recordSkewHighWater } from "./skew-high-water";
import { recordCheckReadings } from "./check-readings";
import type { ClusterRef, ClusterView } from "./types";

/*
 * The fleet is read in the background and every view answers from the latest scan at once.
 * Server actions from one page run one after another, so a poll that waited for 300 clusters
 * would hold the person's next click; here a poll costs a lookup. A poll only asks for a new
 * scan when the last one is older than the refresh interval, and every open page shares it.
 * The scan, not the poll, records what must be kept (the skew high-water mark, what the checks
 * found at each minor): once per scan.
 */

export type FleetScan = {
  refs: ClusterRef[];
  results: (ScanResult & { sightings: Sighting[] })[];
  readAt: Date;
  mode: ReturnType<typeof kubeSource>["mode"];
};

type ScanState = { key: string; latest: FleetScan | null; running: Promise<FleetScan> | null };

const slot = globalThis as unknown as { stepwiseFleetScan?: ScanState };

export async function clusterRefs(where: { id?: string } = {}): Promise<ClusterRef[]> {
  const rows = await db.cluster.findMany({
    where,
    include: { environment: { select: { id: true, name: true } } },
    orderBy: [{ environment: { position: "asc" } }, { name: "asc" }],
  });
  return rows.map(({ id, name, context, environment }) => ({ id, name, context, environment }));
}

/** The campaign the live view plans towards and records skew for: the one the lead started. */
export async function runningCampaign() {
  const campaign = await db.campaign.findFirst({
    where: { status: "running" },
    select: { id: true, name: true, kubernetesFrom: true, kubernetesTo: true },
  });
  return campaign
    ? {
        id: campaign.id,
        name: campaign.name,
        from: campaign.kubernetesFrom,
        target: campaign.kubernetesTo,
        status: "running",
      }
    : null;
}

/**
 * A cluster's result as the fleet keeps it between scans: what runs as counted sightings, not
 * the workload objects (300 clusters × 300 workloads would sit in memory until the next scan).
 */
function summarised(result: ScanResult): ScanResult & { sightings: Sighting[] } {
  if (!result.read.ok) return { ...result, sightings: [] };
  const { reading } = result.read;
  return {
    ...result,
    read: {
      ok: true,
      reading: { ...reading, discovery: reading.discovery && { ...reading.discovery, workloads: [] } },
    },
    sightings: sightingsOf(reading),
  };
}

async function scan(refs: ClusterRef[]): Promise<FleetScan> {
  const source = kubeSource();
  const settings = fleetSettings();
  const targets = refs.map((ref) => ({ name: ref.name, context: ref.context }));
  const campaign = await runningCampaign();
  const results = (
    await scanClusters(source, targets, {
      timeoutMs: settings.timeoutMs,
      concurrency: settings.concurrency,
      discovery: settings.discovery && { ...settings.discovery, removalsSince: campaign?.from },
    })
  ).map(summarised);
  for (const { name, read, durationMs } of results) {
    metrics.scanDuration.observe({ cluster: name }, durationMs / 1000);
    if (!read.ok) metrics.readFailures.inc({ cluster: name, fault: read.fault.kind });
  }
  const done = { refs, results, readAt: new Date(), mode: source.mode };
  if (campaign) {
    const views = clusterViews(done, campaign.target, await campaignContextOf(campaign.id));
    await recordSkewHighWater(campaign.id, views);
    await recordCheckReadings(campaign.id, views, done.readAt);
  }
  return done;
}

/** Every cluster of a scan as the UI shows it, planned towards `target` (none: no plan). */
export function clusterViews(
  scan: Pick<FleetScan, "refs" | "results">,
  target: string | null,
  campaign: CampaignContext = {},
): ClusterView[] {
  return scan.refs.map((ref, index) =>
    clusterView(ref, scan.results[index]!.read, scan.results[index]!, target, campaign),
  );
}

/**
 * What a campaign's cluster checks need beyond its target: the add-on API removals its component
 * upgrades cross (its Kubernetes hops are judged per cluster), and the Prd maintenance window's end.
 */
export async function campaignContextOf(campaignId: string): Promise<CampaignContext> {
  const [campaign, last] = await Promise.all([
    db.campaign.findUnique({
      where: { id: campaignId },
      select: {
        kubernetesFrom: true,
        maintenanceEnd: true,
        components: { select: { name: true, currentVersion: true, targetVersion: true } },
      },
    }),
    db.environment.findFirst({ orderBy: { position: "desc" }, select: { id: true } }),
  ]);
  if (!campaign) return {};
  return {
    addonRemovals: addonRemovalsCrossed(campaign.components),
    since: campaign.kubernetesFrom,
    windowEnds: campaign.maintenanceEnd && last ? { [last.id]: campaign.maintenanceEnd } : {},
  };
}

function start(state: ScanState, refs: ClusterRef[]): Promise<FleetScan> {
  const running = scan(refs)
    .then((done) => {
      state.latest = done;
      return done;
    })
    .finally(() => {
      state.running = null;
    });
  state.running = running;
  // A background scan that fails is retried by the next poll; nobody is waiting on it.
  running.catch((error: unknown) =>
    log.error("fleet.scan-failed", { error: error instanceof Error ? error : String(error) }),
  );
  return running;
}

/** Drops the latest scan and any still running (its result goes nowhere): the next look scans anew. */
export function forgetScans(): void {
  delete slot.stepwiseFleetScan;
}

/**
 * The latest scan of the registered clusters. Waits only when there is none for this set of
 * clusters yet (the first visit, or a cluster added or removed); otherwise answers at once and
 * starts a background scan when the latest is older than the refresh interval.
 */
export async function latestScan(now = Date.now()): Promise<FleetScan> {
  const refs = await clusterRefs();
  const key = JSON.stringify(refs.map((ref) => [ref.id, ref.context, ref.environment.id]));
  let state = slot.stepwiseFleetScan;
  if (!state || state.key !== key) {
    state = { key, latest: null, running: null };
    slot.stepwiseFleetScan = state;
  }
  if (!state.latest) return state.running ?? start(state, refs);
  const stale = now - state.latest.readAt.getTime() >= fleetSettings().refreshSeconds * 1_000;
  if (stale && !state.running) void start(state, refs);
  return state.latest;
}
