"use client";

import { formatSpread, runningState, type RunningState } from "@/lib/discovery/match";
import type { InventoryRow } from "@/lib/campaigns/types";
import type { EnvironmentView } from "@/lib/environments/types";
import { cn } from "@/lib/utils";
import { useRunning } from "./use-inventory";

/** How what runs reads against the component's versions: the inventory and the environments page alike. */
export const RUNNING_TONES: Record<RunningState, string> = {
  target: "text-emerald-700",
  current: "text-slate-500",
  mixed: "text-amber-700",
  other: "text-red-700",
  none: "text-slate-400",
};

const MEANING: Record<RunningState, string> = {
  target: "runs the target",
  current: "still runs the current version",
  mixed: "part at the target, part at the current version",
  other: "runs a version that is neither the current nor the target",
  none: "not seen running",
};

/** What an environment's clusters run of the component, read live: "runs 1.7.22 ×8, 2.1.4 ×1". */
export function RunningVersions({ component, environment }: { component: InventoryRow; environment: EnvironmentView }) {
  const spread = useRunning(component)?.[environment.id];
  if (!spread || spread.length === 0) return null;
  const state = runningState(component, spread);
  return (
    <p
      data-testid={`running-${environment.name}`}
      data-state={state}
      title={`${environment.name} ${MEANING[state]} (found by ${component.matchRule?.kind}: ${component.matchRule?.value})`}
      className={cn("mt-1 max-w-32 truncate font-mono text-[11px]", RUNNING_TONES[state])}
    >
      runs {formatSpread(spread)}
    </p>
  );
}
