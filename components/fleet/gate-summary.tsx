import { Badge } from "@/components/ui/badge";
import { planStepText } from "@/lib/skew/plan";
import type { UpgradePlan } from "@/lib/skew/types";

/** The next hop of the campaign's plan and whether it may start now. */
export function GateSummary({ plan, compact = false }: { plan: UpgradePlan | null; compact?: boolean }) {
  if (!plan) return <p className="text-xs text-slate-500">No running campaign to plan towards.</p>;
  if (plan.unplannable) return <p className="text-xs text-amber-800">{plan.unplannable}</p>;
  if (!plan.next)
    return (
      <p className="text-xs text-emerald-700" data-testid="gate">
        At Kubernetes {plan.target}: nothing left to upgrade.
      </p>
    );
  const { step, gate } = plan.next;
  return (
    <div data-testid="gate" data-gate={gate.open ? "open" : "blocked"} className="space-y-1.5">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="text-slate-500">Next hop</span>
        <span className="font-medium text-slate-800">{planStepText(step)}</span>
        {gate.open ? <Badge tone="success">Gate open</Badge> : <Badge tone="danger">Gate blocked</Badge>}
      </div>
      {!gate.open ? (
        <ul className="list-disc space-y-0.5 pl-4 text-xs text-red-800">
          {gate.reasons.slice(0, compact ? 2 : undefined).map((reason) => (
            <li key={reason.message}>{reason.message}</li>
          ))}
          {compact && gate.reasons.length > 2 ? (
            <li className="list-none text-slate-500">and {gate.reasons.length - 2} more</li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
