import "server-only";
import { db } from "@/lib/db";
import { hopDiff, hopFindings, minorBefore, settledMinor, type AfterHop, type HopFinding } from "@/lib/gate/after-hop";
import type { ClusterView } from "./types";

type OkView = Extract<ClusterView, { status: "ok" }>;

const minorOfView = (view: OkView) =>
  settledMinor(
    view.apiserverVersions.map((entry) => entry.version),
    view.checks,
  );

/**
 * Keeps, per cluster, running campaign and settled control-plane minor, what the cluster's checks
 * found at the latest scan: findings rewritten only when they change (two replicas writing the
 * same reading write the same row), the time of the latest reading moved for the rest in one
 * statement.
 */
export async function recordCheckReadings(campaignId: string, views: ClusterView[], readAt: Date): Promise<void> {
  const readings = views.flatMap((view) => {
    const minor = view.status === "ok" ? minorOfView(view) : null;
    return view.status === "ok" && minor
      ? [{ clusterName: view.name, minor, findings: JSON.stringify(hopFindings(view.checks)) }]
      : [];
  });
  if (readings.length === 0) return;
  const stored = new Map(
    (
      await db.clusterCheckReading.findMany({
        where: { campaignId },
        select: { id: true, clusterName: true, minor: true, findings: true },
      })
    ).map((row) => [`${row.clusterName}@${row.minor}`, row]),
  );
  const unchanged: string[] = [];
  for (const reading of readings) {
    const row = stored.get(`${reading.clusterName}@${reading.minor}`);
    if (row?.findings === reading.findings) {
      unchanged.push(row.id);
      continue;
    }
    await db.clusterCheckReading.upsert({
      where: { campaignId_clusterName_minor: { campaignId, clusterName: reading.clusterName, minor: reading.minor } },
      create: { campaignId, ...reading, since: readAt, readAt },
      update: { findings: reading.findings, since: readAt, readAt },
    });
  }
  if (unchanged.length > 0)
    await db.clusterCheckReading.updateMany({ where: { id: { in: unchanged } }, data: { readAt } });
}

/** The cluster's checks now against the last reading at the minor before its current one; null before any hop was seen. */
export async function afterHop(campaignId: string, view: ClusterView): Promise<AfterHop | null> {
  if (view.status !== "ok") return null;
  const to = minorOfView(view);
  if (!to) return null;
  const rows = await db.clusterCheckReading.findMany({ where: { campaignId, clusterName: view.name } });
  const from = minorBefore(
    rows.map((row) => row.minor),
    to,
  );
  const before = rows.find((row) => row.minor === from);
  if (!from || !before) return null;
  return {
    from,
    to,
    before: { readAt: before.readAt.toISOString(), since: before.since.toISOString() },
    diff: hopDiff(JSON.parse(before.findings) as HopFinding[], hopFindings(view.checks)),
  };
}
