import type { ReactNode } from "react";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { ProgressSummary } from "@/lib/campaigns/progress";
import { cn } from "@/lib/utils";

/** One bar per environment, in promotion order: verified, skipped, failed, in progress, the rest pending. */
export function EnvironmentProgressList({
  progress,
  compact = false,
  className,
  aside,
}: {
  progress: ProgressSummary[];
  compact?: boolean;
  className?: string;
  /** Shown beside each environment's name, e.g. the versions its clusters run. */
  aside?: (environmentId: string) => ReactNode;
}) {
  return (
    <ul className={cn(compact ? "space-y-2" : "space-y-4", className)}>
      {progress.map(({ environment, total, counts, settled, percent }) => (
        <li key={environment.id} data-testid={`progress-${environment.name}`}>
          <div className="mb-1 flex items-baseline justify-between text-xs">
            <span className="flex items-center gap-3">
              <span className="font-medium text-slate-800">{environment.name}</span>
              {aside?.(environment.id)}
            </span>
            <span className="text-slate-500 tabular-nums">
              <span data-testid="settled" className="font-medium text-slate-700">
                {settled}
              </span>
              /{total} settled · {percent}%
            </span>
          </div>
          <ProgressBar
            total={total}
            label={`${environment.name} verification`}
            segments={[
              { value: counts.verified, className: "bg-emerald-500", label: "Verified" },
              { value: counts.skipped, className: "bg-emerald-300", label: "Skipped" },
              { value: counts.failed, className: "bg-red-500", label: "Failed" },
              { value: counts["in-progress"], className: "bg-sky-400", label: "In progress" },
            ]}
          />
          {compact ? null : (
            <p className="mt-1 text-xs text-slate-500">
              {counts.verified} verified · {counts.skipped} skipped · {counts["in-progress"]} in progress ·{" "}
              <span className={cn(counts.failed > 0 && "font-medium text-red-700")}>{counts.failed} failed</span> ·{" "}
              {counts.pending} pending
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
