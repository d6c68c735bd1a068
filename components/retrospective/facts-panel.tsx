import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { formatDay, formatRange } from "@/lib/format";
import type { CampaignFacts } from "@/lib/retrospectives/facts";
import { describeSkew } from "@/lib/skew/largest-skew";
import { cn } from "@/lib/utils";

/** The campaign's own record, so the discussion starts from data. */
export function FactsPanel({ facts }: { facts: CampaignFacts }) {
  return (
    <Card>
      <CardHeader
        title="Facts from the campaign"
        description="Built from the plan, the verifications and the activity log."
      />
      <CardBody className="grid gap-6 text-sm md:grid-cols-2 xl:grid-cols-4">
        <div>
          <h3 className="mb-1.5 text-xs font-semibold text-slate-600">Steps: planned vs actual days</h3>
          <ul className="space-y-0.5 text-xs">
            {facts.phases.map((phase) => (
              <li key={phase.step} className="flex justify-between gap-2">
                <span>{phase.title}</span>
                <span
                  className={cn(
                    "tabular-nums",
                    phase.overrunDays !== null && phase.overrunDays > 0 && "font-medium text-amber-700",
                  )}
                >
                  {phase.plannedDays ?? "—"} / {phase.actualDays ?? "—"}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div className="space-y-3">
          <div>
            <h3 className="mb-1 text-xs font-semibold text-slate-600">Prd maintenance window</h3>
            <p className="text-xs">Planned {formatRange(facts.prdWindow.planned.start, facts.prdWindow.planned.end)}</p>
            <p className="text-xs">
              Actual{" "}
              {facts.prdWindow.actual.start
                ? formatRange(facts.prdWindow.actual.start, facts.prdWindow.actual.end)
                : "not held yet"}
            </p>
          </div>
          <div>
            <h3 className="mb-1 text-xs font-semibold text-slate-600">Who verified</h3>
            <ul className="text-xs">
              {facts.verifiedBy.map((v) => (
                <li key={v.name}>
                  {v.name}: {v.count}
                </li>
              ))}
              {facts.verifiedBy.length === 0 ? <li className="text-slate-500">Nothing verified yet.</li> : null}
            </ul>
          </div>
        </div>
        <div>
          <h3 className="mb-1.5 text-xs font-semibold text-slate-600">Breaking changes ({facts.breaking.length})</h3>
          <ul className="space-y-0.5 text-xs">
            {facts.breaking.map((b) => (
              <li key={b.name}>
                {b.name}{" "}
                <span className="font-mono text-slate-500">
                  {b.from} → {b.to}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className="mb-1.5 text-xs font-semibold text-slate-600">Failed verifications, and how they ended</h3>
          <ul className="space-y-1 text-xs">
            {facts.failures.map((f) => (
              <li key={`${f.subject}-${f.at.toISOString()}`}>
                {f.subject}{" "}
                <span className="text-slate-500">
                  ({f.by}, {formatDay(f.at, { short: true })})
                </span>
                : now <span className="font-medium">{f.endedAs}</span>
              </li>
            ))}
            {facts.failures.length === 0 ? <li className="text-slate-500">None failed.</li> : null}
          </ul>
          <h3 className="mt-3 mb-1 text-xs font-semibold text-slate-600">Biggest version skew seen</h3>
          {facts.skew.length === 0 ? (
            <p className="text-xs text-slate-500" data-testid="largest-skew">
              The live view has not read any cluster during this campaign.
            </p>
          ) : (
            <ul className="space-y-1 text-xs" data-testid="largest-skew">
              {facts.skew.map(({ environment, seen }) => (
                <li key={environment}>
                  <span className="font-medium">{environment}</span>
                  {seen.length === 0 ? (
                    <span className="text-slate-500">: every kubelet on the apiserver&apos;s minor</span>
                  ) : (
                    <ul className="ml-3">
                      {seen.map((s) => (
                        <li key={s.clusterName} className={s.violation ? "text-red-800" : undefined}>
                          {s.clusterName}: {describeSkew(s)}, {formatDay(s.observedAt, { short: true })}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </CardBody>
    </Card>
  );
}
