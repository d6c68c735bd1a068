import "server-only";
import { clusterRemovedApis } from "@/lib/apis/live";
import { removedBy, replacementOf } from "@/lib/apis/judge";
import type { RemovedApiNotice } from "@/lib/reports/markdown";
import { campaignContextOf, latestScan } from "./scans";

/**
 * Every object the latest scan found still written through a version the campaign's way removes,
 * once per object across clusters (with the clusters it is on), for the users' release notes.
 */
export async function removedApiNotices(campaignId: string, target: string): Promise<RemovedApiNotice[]> {
  const [scan, { addonRemovals = [], since }] = await Promise.all([latestScan(), campaignContextOf(campaignId)]);
  const notices = new Map<string, RemovedApiNotice>();
  scan.refs.forEach((ref, index) => {
    const read = scan.results[index]?.read;
    const usage = read?.ok ? read.reading.discovery?.apiUsage : null;
    if (!read?.ok || !usage) return;
    for (const finding of clusterRemovedApis(read.reading.serverVersion, target, usage, addonRemovals, since)
      .findings) {
      if (finding.kind !== "object" && finding.kind !== "unserved") continue;
      const { use, removal } = finding;
      const key = [use.namespace, use.kind, use.name, use.apiVersion].join("/");
      const notice = notices.get(key) ?? {
        namespace: use.namespace,
        team: use.owner,
        kind: use.kind,
        name: use.name,
        apiVersion: use.apiVersion,
        replacement: replacementOf(removal),
        removedBy: removedBy(removal),
        clusters: [],
      };
      notice.clusters.push(ref.name);
      notices.set(key, notice);
    }
  });
  return [...notices.values()].sort(
    (a, b) =>
      (a.namespace ?? "").localeCompare(b.namespace ?? "") ||
      `${a.kind}/${a.name}`.localeCompare(`${b.kind}/${b.name}`),
  );
}
