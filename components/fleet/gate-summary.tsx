import Link from "next/link";
import { GateCheckList } from "@/components/gate/gate-check-list";
import { Badge } from "@/components/ui/badge";
import type { ClusterGate } from "@/lib/gate/environment-gate";
import type { GateCheck } from "@/lib/gate/types";

/**
 * A cluster's next step and whether it may start now, with the reasons either way. On a card
 * (`shownAbove`: the environment's campaign checks, listed once above its clusters) only the
 * cluster's own checks are spelled out; the full view lists every check and item.
 */
export function GateSummary({
  gate,
  detailHref,
  shownAbove,
}: {
  gate: ClusterGate | null;
  detailHref?: string;
  shownAbove?: GateCheck[];
}) {
  if (!gate) return <p className="text-xs text-slate-500">No running campaign: versions and skew only, no plan.</p>;
  const full = shownAbove === undefined;
  const above = new Set((shownAbove ?? []).map((check) => check.id));
  const { open, checks } = gate.verdict;
  const own = checks.filter((check) => !above.has(check.id));
  const blockingAbove = checks.filter((check) => above.has(check.id) && check.verdict === "block").length;
  return (
    <div data-testid="gate" data-gate={open ? "open" : "blocked"} className="space-y-1.5">
      {gate.step ? (
        <div className="flex flex-wrap items-center gap-2 text-xs">
          <span className="text-slate-500">Next step</span>
          <span className="font-medium text-slate-800" data-testid="next-step">
            {gate.step}
          </span>
          <Badge tone={open ? "success" : "danger"}>{open ? "Gate open" : "Gate blocked"}</Badge>
        </div>
      ) : (
        <p className={open ? "text-xs text-emerald-700" : "text-xs text-amber-800"}>{gate.note ?? "No plan."}</p>
      )}
      <GateCheckList checks={own} items={full} passes={full} />
      {blockingAbove > 0 && gate.step ? (
        <p className="text-xs text-red-800">
          and {blockingAbove} campaign check{blockingAbove === 1 ? "" : "s"} for this environment, listed above.
        </p>
      ) : null}
      {detailHref ? (
        <Link href={detailHref} className="text-xs font-medium text-indigo-700 hover:underline">
          Every check and item →
        </Link>
      ) : null}
    </div>
  );
}
