import type { VersionCount } from "@/lib/fleet/types";
import { cn } from "@/lib/utils";

/** Kubelet versions across a cluster's nodes, newest first, one bar each. */
export function VersionHistogram({
  histogram,
  total,
  highlight,
}: {
  histogram: VersionCount[];
  total: number;
  highlight?: (version: string) => boolean;
}) {
  return (
    <ul className="space-y-1" aria-label="Node versions">
      {histogram.map(({ version, count }) => (
        <li key={version} className="flex items-center gap-2 text-xs">
          <span className="w-36 shrink-0 truncate font-mono text-slate-700" title={version}>
            {version}
          </span>
          <span className="h-2 flex-1 overflow-hidden rounded-full bg-slate-100">
            <span
              className={cn("block h-full rounded-full", highlight?.(version) ? "bg-red-500" : "bg-indigo-400")}
              style={{ width: `${(count / Math.max(total, 1)) * 100}%` }}
            />
          </span>
          <span className="w-10 shrink-0 text-right text-slate-500 tabular-nums">{count}</span>
        </li>
      ))}
    </ul>
  );
}
