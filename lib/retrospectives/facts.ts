import { differenceInCalendarDays } from "date-fns";
import { verificationOf } from "@/lib/campaigns/progress";
import type { ActivityView, ComponentView, PhaseView } from "@/lib/campaigns/types";
import { VERIFICATION_LABELS } from "@/lib/campaigns/vocabulary";
import type { EnvironmentView } from "@/lib/environments/types";
import { compareSkew } from "@/lib/skew/largest-skew";

/** The campaign's own data, so the retrospective starts from facts rather than memory. Pure. */

export type PhaseFact = {
  step: number;
  title: string;
  plannedDays: number | null;
  actualDays: number | null;
  overrunDays: number | null;
};
export type FailureFact = { subject: string; by: string; at: Date; endedAs: string };
export type CampaignFacts = {
  phases: PhaseFact[];
  prdWindow: { planned: { start: Date | null; end: Date | null }; actual: { start: Date | null; end: Date | null } };
  breaking: { name: string; from: string; to: string | null }[];
  failures: FailureFact[];
  verifiedBy: { name: string; count: number }[];
  /**
   * The skew the live view saw, per environment in promotion order: every violation, then the
   * largest legal lag. Empty if it never looked.
   */
  skew: { environment: string; seen: SkewSeen[] }[];
};

export type SkewSeen = {
  clusterName: string;
  environmentName: string;
  violation: boolean;
  minors: number;
  nodeName: string;
  kubeletVersion: string;
  apiserverVersion: string;
  observedAt: Date;
};

/** Per environment: the violations (worst first), then the one largest legal lag. */
export function skewFacts(seen: SkewSeen[], environments: EnvironmentView[]): CampaignFacts["skew"] {
  const order = new Map(environments.map((e) => [e.name, e.position]));
  const names = [...new Set(seen.map((s) => s.environmentName))].sort(
    (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b),
  );
  return names.map((environment) => {
    const here = seen.filter((s) => s.environmentName === environment).sort((a, b) => compareSkew(b, a));
    const violations = here.filter((s) => s.violation);
    const largestLegal = here.find((s) => !s.violation && s.minors !== 0);
    return {
      environment: environment || "Unknown environment",
      seen: [...violations, ...(largestLegal ? [largestLegal] : [])],
    };
  });
}

const days = (start: Date | null, end: Date | null) => (start && end ? differenceInCalendarDays(end, start) + 1 : null);

export function campaignFacts(input: {
  phases: PhaseView[];
  maintenance: { start: Date | null; end: Date | null };
  components: ComponentView[];
  environments: EnvironmentView[];
  activity: ActivityView[];
  skewSeen: SkewSeen[];
}): CampaignFacts {
  const phases = input.phases.map((phase) => {
    const plannedDays = days(phase.plannedStart, phase.plannedEnd);
    const actualDays = days(phase.startedAt, phase.completedAt);
    return {
      step: phase.step,
      title: phase.title,
      plannedDays,
      actualDays,
      overrunDays: plannedDays !== null && actualDays !== null ? actualDays - plannedDays : null,
    };
  });
  const prd = input.phases.find((phase) => phase.step === 7);

  // Every failure ever recorded, and where that verification stands now.
  const failures = input.activity
    .filter(
      (entry) =>
        entry.subjectType === "verification" &&
        entry.changes.some((change) => change.field === "Verification" && change.after === "Failed"),
    )
    .map((entry) => {
      const [componentId, environmentId] = entry.subjectId.split(":");
      const component = input.components.find((c) => c.id === componentId);
      const now =
        component && environmentId ? VERIFICATION_LABELS[verificationOf(component, environmentId).status] : "removed";
      return { subject: entry.subject, by: entry.actor?.name ?? "someone", at: entry.createdAt, endedAs: now };
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime());

  const verifiedBy = new Map<string, number>();
  for (const component of input.components) {
    for (const environment of input.environments) {
      const verification = verificationOf(component, environment.id);
      if (verification.status === "verified" && verification.verifiedBy)
        verifiedBy.set(verification.verifiedBy.name, (verifiedBy.get(verification.verifiedBy.name) ?? 0) + 1);
    }
  }

  return {
    phases,
    prdWindow: { planned: input.maintenance, actual: { start: prd?.startedAt ?? null, end: prd?.completedAt ?? null } },
    breaking: input.components
      .filter((c) => c.breaking.effective)
      .map((c) => ({ name: c.name, from: c.currentVersion, to: c.targetVersion })),
    failures,
    skew: skewFacts(input.skewSeen, input.environments),
    verifiedBy: [...verifiedBy.entries()]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
}
