import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ClusterGate, EnvironmentGate } from "@/lib/gate/environment-gate";
import { GateCheckList } from "./gate-check-list";

/**
 * "What holds back Stg / Prd": per environment, what the campaign record says (every component
 * named and linked) and what each cluster's own checks say (fixed on its fleet page).
 */
export function EnvironmentGates({
  gates,
  action,
}: {
  gates: EnvironmentGate[];
  /** Beside an environment's checks, e.g. the lead's window override. */
  action?: (gate: EnvironmentGate) => ReactNode;
}) {
  return (
    <div className="space-y-6">
      {gates.map((gate) => (
        <EnvironmentGateCard key={gate.environment.id} gate={gate} action={action?.(gate)} />
      ))}
    </div>
  );
}

function EnvironmentGateCard({ gate, action }: { gate: EnvironmentGate; action: ReactNode }) {
  const name = gate.environment.name;
  const campaignIds = new Set(gate.campaignChecks.map((check) => check.id));
  const holding = gate.campaignChecks.filter((check) => check.verdict !== "pass");
  return (
    <Card aria-label={`Gate ${name}`} data-testid={`gate-${name}`} data-gate={gate.open ? "open" : "blocked"}>
      <CardHeader
        title={gate.open ? `${name}: gate open` : `What holds back ${name}`}
        description={
          gate.nothingLeft
            ? "Every cluster is at the target: nothing left to start here."
            : "The next step starts only when every blocking check passes; warnings are shown, never blocking."
        }
        action={<Badge tone={gate.open ? "success" : "danger"}>{gate.open ? "Open" : "Blocked"}</Badge>}
      />
      <CardBody className="space-y-4">
        {gate.nothingLeft ? null : holding.length > 0 ? (
          <GateCheckList checks={gate.campaignChecks} items />
        ) : (
          <p className="text-xs text-emerald-800">The campaign&apos;s checks pass for {name}.</p>
        )}
        {action}
        {gate.clusters.length > 0 ? (
          <ul className="divide-y divide-slate-100 border-t border-slate-100" aria-label={`Clusters in ${name}`}>
            {gate.clusters.map((cluster) => (
              <ClusterGateRow key={cluster.clusterId} cluster={cluster} campaignIds={campaignIds} />
            ))}
          </ul>
        ) : null}
      </CardBody>
    </Card>
  );
}

/** A cluster's own checks only: the campaign's are listed once above it. */
function ClusterGateRow({ cluster, campaignIds }: { cluster: ClusterGate; campaignIds: Set<string> }) {
  const own = cluster.verdict.checks.filter((check) => !campaignIds.has(check.id));
  return (
    <li className="space-y-1 py-2 text-sm">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <Link href={`/fleet/${cluster.clusterId}`} className="font-medium text-slate-800 hover:text-indigo-700">
          {cluster.clusterName}
        </Link>
        <span className="text-xs text-slate-600">{cluster.step ?? cluster.note ?? "no plan"}</span>
        {cluster.step ? (
          <Badge tone={cluster.verdict.open ? "success" : "danger"}>{cluster.verdict.open ? "open" : "blocked"}</Badge>
        ) : null}
      </p>
      <GateCheckList checks={own} />
    </li>
  );
}
