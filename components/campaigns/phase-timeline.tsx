import { Check } from "lucide-react";
import { currentPhase } from "@/lib/campaigns/progress";
import type { PhaseView } from "@/lib/campaigns/types";
import { formatDay, formatRange } from "@/lib/format";
import { cn } from "@/lib/utils";
import type { UnmetItem } from "@/lib/campaigns/step-readiness";
import { AdvancePhaseButton, ReopenPhaseButton } from "./advance-phase-button";

/** The eight steps of domain.md, with the plan and what actually happened. */
export function PhaseTimeline({
  campaignId,
  phases,
  now = new Date(),
  canAdvance,
  unmet,
}: {
  campaignId: string;
  phases: PhaseView[];
  now?: Date;
  canAdvance: boolean;
  /** What is still open for the current step, listed when the lead marks it done. */
  unmet: UnmetItem[];
}) {
  const current = currentPhase(phases);
  const lastDone = phases.findLast((phase) => phase.completedAt !== null);
  return (
    <ol className="relative space-y-0">
      {phases.map((phase, index) => {
        const done = phase.completedAt !== null;
        const isCurrent = current?.step === phase.step;
        const late = isCurrent && phase.plannedEnd !== null && phase.plannedEnd < now;
        return (
          <li
            key={phase.step}
            className="relative flex gap-3.5 pb-5 last:pb-0"
            aria-current={isCurrent ? "step" : undefined}
          >
            {index < phases.length - 1 ? (
              <span
                aria-hidden
                className={cn(
                  "absolute top-7 left-3.5 h-[calc(100%-1.75rem)] w-px",
                  done ? "bg-indigo-300" : "bg-slate-200",
                )}
              />
            ) : null}
            <span
              className={cn(
                "relative z-10 flex size-7 shrink-0 items-center justify-center rounded-full text-xs font-semibold",
                done && "bg-indigo-600 text-white",
                isCurrent && "bg-white text-indigo-700 ring-2 ring-indigo-600",
                !done && !isCurrent && "bg-white text-slate-400 ring-1 ring-slate-300",
              )}
            >
              {done ? <Check className="size-3.5" aria-label="done" /> : phase.step}
            </span>
            <div className="min-w-0 flex-1 pt-0.5">
              <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                <p
                  className={cn(
                    "text-sm font-medium",
                    isCurrent ? "text-indigo-800" : done ? "text-slate-800" : "text-slate-500",
                  )}
                >
                  {phase.title}
                  {isCurrent ? <span className="ml-2 text-xs font-normal text-indigo-600">current step</span> : null}
                </p>
                <p className={cn("text-xs tabular-nums", late ? "font-medium text-amber-700" : "text-slate-500")}>
                  {formatRange(phase.plannedStart, phase.plannedEnd)}
                  {late ? " · overdue" : ""}
                </p>
              </div>
              <p className="text-xs text-slate-500">{phase.detail}</p>
              {done ? (
                <div className="flex items-center gap-2">
                  <p className="text-xs text-slate-400">Done {formatDay(phase.completedAt)}</p>
                  {canAdvance && lastDone?.step === phase.step ? (
                    <ReopenPhaseButton campaignId={campaignId} step={phase.step} title={phase.title} />
                  ) : null}
                </div>
              ) : null}
              {isCurrent && canAdvance ? (
                <AdvancePhaseButton campaignId={campaignId} step={phase.step} title={phase.title} unmet={unmet} />
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
