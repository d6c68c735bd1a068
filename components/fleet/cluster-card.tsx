import { AlertTriangle, CheckCircle2, PlugZap, ShieldAlert } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ClusterView } from "@/lib/fleet/types";
import { skewProblems } from "@/lib/gate/cluster-checks";
import type { ClusterGate } from "@/lib/gate/environment-gate";
import type { GateCheck } from "@/lib/gate/types";
import { cn } from "@/lib/utils";
import { GateSummary } from "./gate-summary";
import { VersionHistogram } from "./version-histogram";

const PROBLEMS_SHOWN = 2;

/** One cluster at a glance; `gate` is null when no campaign is planned towards. */
export function ClusterCard({
  cluster,
  gate,
  shownAbove,
}: {
  cluster: ClusterView;
  gate: ClusterGate | null;
  /** The environment's campaign checks, listed above the cards. */
  shownAbove: GateCheck[];
}) {
  const detailHref = `/fleet/${cluster.id}`;
  return (
    <Card className="p-4" data-testid={`cluster-${cluster.name}`}>
      <div className="flex items-start justify-between gap-2">
        <div>
          <Link href={detailHref} className="font-semibold text-slate-900 hover:text-indigo-700">
            {cluster.name}
          </Link>
          <p className="text-xs text-slate-500">context {cluster.context}</p>
        </div>
        {cluster.status === "ok" ? (
          <span className="text-right">
            <span className="block font-mono text-sm font-medium text-slate-800" data-testid="apiserver-version">
              {cluster.apiserverVersions.length > 1
                ? cluster.apiserverVersions.map((v) => `${v.version} ×${v.count}`).join(", ")
                : cluster.serverVersion}
            </span>
            <span className="text-xs text-slate-500">
              {cluster.apiserverVersions.length > 1 ? "apiservers, mid-rollout" : "apiserver"}
            </span>
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
            {cluster.kubeProxy === "absent" ? " · no kube-proxy (replaced by the CNI)" : ""}
          </p>
          <VersionHistogram
            histogram={cluster.histogram}
            total={cluster.nodeCount}
            highlight={(version) => cluster.findings.some((f) => f.version === version && f.rule === "kubelet-newer")}
          />
          <SkewStatus cluster={cluster} detailHref={detailHref} />
          {/* A warning is already in the gate's list below; without a gate, or while it passes, it is said here. */}
          <SupportWindow checks={cluster.checks} passingOnly={gate !== null} />
          <DiscoveryStatus discovery={cluster.discovery} />
          <GateSummary gate={gate} detailHref={detailHref} shownAbove={shownAbove} />
        </div>
      )}
      <p className="mt-3 text-[11px] text-slate-400">
        read {new Date(cluster.readAt).toISOString().slice(11, 19)} UTC in {cluster.durationMs} ms
      </p>
    </Card>
  );
}

/** Days until the cluster's Kubernetes leaves support on its platform (the gate's support-window check). */
function SupportWindow({ checks, passingOnly }: { checks: GateCheck[]; passingOnly: boolean }) {
  const check = checks.find((candidate) => candidate.id === "support-window");
  if (!check || (passingOnly && check.verdict !== "pass")) return null;
  return (
    <p
      data-testid="support-window"
      data-verdict={check.verdict}
      className={cn("text-xs", check.verdict === "pass" ? "text-slate-600" : "text-amber-800")}
    >
      {check.sentence}{" "}
      {check.link ? (
        <a href={check.link.href} target="_blank" rel="noreferrer" className="underline">
          source
        </a>
      ) : null}
    </p>
  );
}

/** What discovery (the live inventory) could read here, and the permission it lacks where it could not. */
function DiscoveryStatus({ discovery }: { discovery: Extract<ClusterView, { status: "ok" }>["discovery"] }) {
  if (!discovery) return null;
  return (
    <div data-testid="discovery-status" className="text-xs text-slate-600">
      {discovery.applications === null ? "No Argo CD" : `Argo CD: ${discovery.applications} Applications`}
      {discovery.helmReleases === null ? null : ` · Flux: ${discovery.helmReleases} HelmReleases`}
      {discovery.missing.length > 0 ? (
        <p className="mt-1 flex gap-1.5 text-amber-800">
          <ShieldAlert className="mt-0.5 size-3.5 shrink-0" aria-hidden />
          <span>
            Workloads not read: needs {discovery.missing.map((missing) => missing.permission).join(", ")} (see the RBAC
            manifest).
          </span>
        </p>
      ) : null}
    </div>
  );
}

/** One node's kubelet and kube-proxy out of policy are one problem with two parts. */
function SkewStatus({ cluster, detailHref }: { cluster: Extract<ClusterView, { status: "ok" }>; detailHref: string }) {
  const problems = skewProblems(cluster.findings);
  if (problems.length === 0)
    return (
      <p data-testid="skew-status" className="flex items-center gap-1.5 text-xs text-emerald-700">
        <CheckCircle2 className="size-3.5" aria-hidden /> Within the version skew policy
      </p>
    );
  return (
    <div data-testid="skew-status" className="space-y-1">
      <Badge tone="danger">
        <AlertTriangle className="size-3" aria-hidden /> {problems.length} out of policy
      </Badge>
      <ul className="space-y-0.5 text-xs text-red-800">
        {problems.slice(0, PROBLEMS_SHOWN).map((problem) => (
          <li key={problem.subject}>{problem.findings.map((finding) => finding.message).join(" ")}</li>
        ))}
        {problems.length > PROBLEMS_SHOWN ? (
          <li>
            <Link href={detailHref} className="text-indigo-700 hover:underline">
              All {problems.length} on the cluster page →
            </Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
