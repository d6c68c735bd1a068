import { differenceInCalendarDays } from "date-fns";
import { describe, expect, it } from "vitest";
import { planPhases } from "./phase-plan";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("planPhases", () => {
  it("fits steps 1-6 before the window, 7 on the window, 8 the week after", () => {
    const plan = planPhases(day("2026-09-01"), day("2026-10-27"), day("2026-10-28"));
    expect(plan.map((p) => p.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(plan[0]?.plannedStart).toEqual(day("2026-09-01"));
    expect(plan[5]?.plannedEnd).toEqual(day("2026-10-27"));
    expect(plan[6]).toMatchObject({ plannedStart: day("2026-10-27"), plannedEnd: day("2026-10-28") });
    expect(plan[7]).toMatchObject({ plannedStart: day("2026-10-29"), plannedEnd: day("2026-11-04") });
  });

  it("chains the preparation steps without gaps and gives verification the most time", () => {
    const plan = planPhases(day("2026-09-01"), day("2026-10-27"), null);
    for (let i = 1; i < 6; i++) expect(plan[i]?.plannedStart).toEqual(plan[i - 1]?.plannedEnd);
    const length = (i: number) => differenceInCalendarDays(plan[i]!.plannedEnd, plan[i]!.plannedStart);
    expect(length(4)).toBeGreaterThan(length(1));
  });

  it("plans six weeks of preparation when no window is set", () => {
    const plan = planPhases(day("2026-09-01"), null, null);
    expect(plan[6]?.plannedStart).toEqual(day("2026-10-13"));
  });

  it("never plans a step that ends before it starts, even for a window the next day", () => {
    const plan = planPhases(day("2026-09-01"), day("2026-09-02"), day("2026-09-01"));
    for (const phase of plan) expect(phase.plannedEnd.getTime()).toBeGreaterThanOrEqual(phase.plannedStart.getTime());
  });
});
