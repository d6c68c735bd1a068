import { addDays, differenceInCalendarDays, max } from "date-fns";
import { PHASES } from "./vocabulary";

export type PlannedPhase = { step: number; plannedStart: Date; plannedEnd: Date };

/** Relative length of steps 1-6 before the Prd window: verification takes longest. */
const PREPARATION_WEIGHTS = [2, 1, 1, 1, 2, 2];
/** With no window set yet, plan the usual six weeks of preparation (domain.md: 1-2 months). */
const DEFAULT_PREPARATION_DAYS = 42;
const RETROSPECTIVE_DAYS = 7;

/**
 * A first plan for the eight steps: 1-6 share the days before the Prd maintenance window in
 * proportion to PREPARATION_WEIGHTS, 7 is the window, 8 is the week after.
 */
export function planPhases(start: Date, maintenanceStart: Date | null, maintenanceEnd: Date | null): PlannedPhase[] {
  const windowStart = maintenanceStart ?? addDays(start, DEFAULT_PREPARATION_DAYS);
  const windowEnd = max([maintenanceEnd ?? windowStart, windowStart]);
  const preparationDays = Math.max(differenceInCalendarDays(windowStart, start), PREPARATION_WEIGHTS.length);
  const totalWeight = PREPARATION_WEIGHTS.reduce((sum, weight) => sum + weight, 0);

  const plan: PlannedPhase[] = [];
  let cursor = start;
  let weightSoFar = 0;
  PREPARATION_WEIGHTS.forEach((weight, index) => {
    weightSoFar += weight;
    const end = addDays(start, Math.round((preparationDays * weightSoFar) / totalWeight));
    plan.push({ step: index + 1, plannedStart: cursor, plannedEnd: end });
    cursor = end;
  });
  plan.push({ step: 7, plannedStart: windowStart, plannedEnd: windowEnd });
  plan.push({ step: 8, plannedStart: addDays(windowEnd, 1), plannedEnd: addDays(windowEnd, RETROSPECTIVE_DAYS) });
  if (plan.length !== PHASES.length) throw new Error("phase plan out of step with PHASES");
  return plan;
}
