import type { InventoryRow, PhaseView, VerificationView } from "./types";
import { isSettled, type VerificationStatus } from "./vocabulary";
import type { EnvironmentView } from "@/lib/environments/types";

/** How far an environment's verification has come. Pure: the overview and the inventory share it. */
export type EnvironmentProgress = {
  environment: EnvironmentView;
  total: number;
  counts: Record<VerificationStatus, number>;
  /** Verified or skipped for today's target. */
  settled: number;
  /** Verified, skipped or failed for an earlier target: counted under their status, not settled. */
  stale: number;
  percent: number;
  /** Components not yet settled here: they hold back the next environment. */
  blockers: InventoryRow[];
};

/** An environment's progress without the list of what holds it back (the overview shows that). */
export type ProgressSummary = Omit<EnvironmentProgress, "blockers">;

const PENDING: VerificationView = {
  status: "pending",
  note: "",
  verifiedBy: null,
  updatedAt: null,
  revision: 0,
  verifiedVersion: null,
  stale: false,
};

export function verificationOf(component: InventoryRow, environmentId: string): VerificationView {
  return component.verifications[environmentId] ?? PENDING;
}

/** Verified or skipped for today's target: the component may move on. */
export function settles(verification: VerificationView): boolean {
  return isSettled(verification.status) && !verification.stale;
}

export function environmentProgress(components: InventoryRow[], environment: EnvironmentView): EnvironmentProgress {
  const counts: Record<VerificationStatus, number> = {
    pending: 0,
    "in-progress": 0,
    verified: 0,
    failed: 0,
    skipped: 0,
  };
  const blockers: InventoryRow[] = [];
  let stale = 0;
  for (const component of components) {
    const verification = verificationOf(component, environment.id);
    counts[verification.status] += 1;
    if (verification.stale) stale += 1;
    if (!settles(verification)) blockers.push(component);
  }
  const total = components.length;
  const settled = total - blockers.length;
  return {
    environment,
    total,
    counts,
    settled,
    stale,
    percent: total === 0 ? 0 : Math.floor((settled / total) * 100),
    blockers,
  };
}

export function campaignProgress(components: InventoryRow[], environments: EnvironmentView[]): EnvironmentProgress[] {
  return [...environments]
    .sort((a, b) => a.position - b.position)
    .map((environment) => environmentProgress(components, environment));
}

export type Promotion = {
  /** The environment being verified now: the first one not fully settled. */
  current: EnvironmentProgress;
  /** Where the campaign goes once `current` is settled; null after the last one. */
  next: EnvironmentView | null;
};

/** Null when there are no environments or every environment is settled. */
export function nextPromotion(progress: EnvironmentProgress[]): Promotion | null {
  const index = progress.findIndex((entry) => entry.blockers.length > 0);
  const current = progress[index];
  if (!current) return null;
  return { current, next: progress[index + 1]?.environment ?? null };
}

export type Attention = {
  unassigned: number;
  breaking: number;
  incompatible: number;
  failedVerifications: number;
  withoutTarget: number;
};

export function attentionCounts(components: InventoryRow[]): Attention {
  let failedVerifications = 0;
  for (const component of components) {
    for (const verification of Object.values(component.verifications)) {
      if (verification.status === "failed") failedVerifications += 1;
    }
  }
  return {
    unassigned: components.filter((c) => c.owner === null).length,
    breaking: components.filter((c) => c.breaking.effective).length,
    incompatible: components.filter((c) => c.compatibility === "incompatible").length,
    failedVerifications,
    withoutTarget: components.filter((c) => c.targetVersion === null).length,
  };
}

/** The first step not completed; null once all eight are done. */
export function currentPhase(phases: PhaseView[]): PhaseView | null {
  return [...phases].sort((a, b) => a.step - b.step).find((phase) => phase.completedAt === null) ?? null;
}
