import { AlertTriangle, CheckCircle2, PlugZap } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ClusterView } from "@/lib/fleet/types";
import { GateSummary } from "./gate-summary";
import { VersionHistogram } from "./version-histogram";

export function ClusterCard({ cluster }: { cluster: ClusterView }) {
  return (
    <Card className="p-4" data-testid={`cluster-${cluster.name}`}>
      <div className="flex items-start justify-between gap-2">
        <div>
          <Link href={`/fleet/${cluster.id}`} className="font-semibold text-slate-900 hover:text-indigo-700">
            {cluster.name}
          </Link>
          <p className="text-xs text-slate-500">context {cluster.context}</p>
        </div>
        {cluster.status === "ok" ? (
          <span className="text-right">
            <span className="block font-mono text-sm font-medium text-slate-800" data-testid="apiserver-version">
              {cluster.serverVersion}
            </span>
            <span className="text-xs text-slate-500">apiserver</span>
          </span>
        ) : null}
      </div>

      {cluster.status === "error" ? (
        <div
          role="alert"
          className="mt-3 flex gap-2 rounded-md bg-red-50 px-3 py-2 text-xs text-red-800 ring-1 ring-red-200"
        >
          <PlugZap className="mt-0.5 size-4 shrink-0" aria-hidden />
          <div>
            <p className="font-medium">Could not read this cluster ({cluster.fault.kind})</p>
            <p>{cluster.fault.message}</p>
          </div>
        </div>
      ) : (
        <div className="mt-3 space-y-3">
          <p className="text-xs text-slate-600">
            {cluster.nodeCount} nodes · {cluster.readyCount} Ready
            {cluster.cordonedCount > 0 ? ` · ${cluster.cordonedCount} cordoned` : ""}
            {cluster.controlPlaneVisible ? "" : " · managed control plane (not visible)"}
          </p>
          <VersionHistogram
            histogram={cluster.histogram}
            total={cluster.nodeCount}
            highlight={(version) => cluster.findings.some((f) => f.version === version && f.rule === "kubelet-newer")}
          />
          <div data-testid="skew-status">
            {cluster.findings.length === 0 ? (
              <p className="flex items-center gap-1.5 text-xs text-emerald-700">
                <CheckCircle2 className="size-3.5" aria-hidden /> Within the version skew policy
              </p>
            ) : (
              <div className="space-y-1">
                <Badge tone="danger">
                  <AlertTriangle className="size-3" aria-hidden /> {cluster.findings.length} skew violation
                  {cluster.findings.length === 1 ? "" : "s"}
                </Badge>
                <ul className="space-y-0.5 text-xs text-red-800">
                  {cluster.findings.slice(0, 2).map((finding) => (
                    <li key={`${finding.rule}-${finding.subject}`}>{finding.message}</li>
                  ))}
                  {cluster.findings.length > 2 ? (
                    <li className="text-slate-500">and {cluster.findings.length - 2} more</li>
                  ) : null}
                </ul>
              </div>
            )}
          </div>
          <GateSummary plan={cluster.plan} compact />
        </div>
      )}
      <p className="mt-3 text-[11px] text-slate-400">
        read {new Date(cluster.readAt).toISOString().slice(11, 19)} UTC in {cluster.durationMs} ms
      </p>
    </Card>
  );
}
