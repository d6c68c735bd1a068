"use client";

import { Badge } from "@/components/ui/badge";
import { useFleet } from "./use-fleet";

/** Beside an environment's verification bar: what its clusters actually run, live. */
export function LiveEnvironmentVersion({ environmentId }: { environmentId: string }) {
  const { data, isPending } = useFleet(undefined, null);
  if (isPending) return <span className="text-xs text-slate-400">reading clusters…</span>;
  const clusters = data?.environments.find((e) => e.id === environmentId)?.clusters ?? [];
  if (clusters.length === 0) return <span className="text-xs text-slate-400">no cluster registered</span>;
  return (
    <span className="flex flex-wrap justify-end gap-1" data-testid="live-version">
      {clusters.map((cluster) =>
        cluster.status === "ok" ? (
          <Badge
            key={cluster.id}
            tone={cluster.findings.length > 0 ? "danger" : "neutral"}
            title={`${cluster.name}: apiserver ${cluster.serverVersion}`}
          >
            {cluster.name} <span className="font-mono">{cluster.serverVersion}</span>
          </Badge>
        ) : (
          <Badge key={cluster.id} tone="danger" title={cluster.fault.message}>
            {cluster.name} unreadable
          </Badge>
        ),
      )}
    </span>
  );
}
