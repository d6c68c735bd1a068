import { differenceInCalendarDays } from "date-fns";
import { verificationOf } from "@/lib/campaigns/progress";
import type { ActivityView, ComponentView, PhaseView } from "@/lib/campaigns/types";
import { VERIFICATION_LABELS } from "@/lib/campaigns/vocabulary";
import type { EnvironmentView } from "@/lib/environments/types";

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
  /** The largest skew the live view saw during the campaign, on any cluster; null if it never looked. */
  largestSkew: {
    clusterName: string;
    minors: number;
    nodeName: string;
    kubeletVersion: string;
    apiserverVersion: string;
    observedAt: Date;
  } | null;
};

const days = (start: Date | null, end: Date | null) => (start && end ? differenceInCalendarDays(end, start) + 1 : null);

export function campaignFacts(input: {
  phases: PhaseView[];
  maintenance: { start: Date | null; end: Date | null };
  components: ComponentView[];
  environments: EnvironmentView[];
  activity: ActivityView[];
  skewSeen: NonNullable<CampaignFacts["largestSkew"]>[];
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
    largestSkew: input.skewSeen.reduce<CampaignFacts["largestSkew"]>(
      (max, seen) => (max === null || Math.abs(seen.minors) > Math.abs(max.minors) ? seen : max),
      null,
    ),
    verifiedBy: [...verifiedBy.entries()]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
}
