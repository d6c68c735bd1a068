import { planStepText } from "@/lib/skew/plan";
import type { ClusterView } from "@/lib/fleet/types";
import { campaignChecks, letPass, type CampaignGateInput, type GateOverrideView } from "./campaign-checks";
import { composeGate } from "./compose";
import { PREFLIGHT_CHECK_IDS } from "./preflight-checks";
import type { GateCheck, GateVerdict, Verdict } from "./types";
import type { OVERRIDABLE_CHECKS } from "./schemas";
import type { ManualTick } from "@/lib/preflight/manual";

/** One cluster's next step and its whole verdict: the environment's campaign checks and its own. */
export type ClusterGate = {
  clusterId: string;
  clusterName: string;
  /** "Control plane 1.32 → 1.33"; null when nothing is left to do or nothing could be planned. */
  step: string | null;
  /** Why there is no step: "At 1.34: nothing left to upgrade", or the cluster's read fault. */
  note: string | null;
  verdict: GateVerdict;
};

export type EnvironmentGate = {
  environment: { id: string; name: string };
  open: boolean;
  /** Every cluster is at the target (or cannot be planned): the campaign's checks hold nothing here. */
  nothingLeft: boolean;
  /** What the campaign record says about this environment. */
  campaignChecks: GateCheck[];
  /** The lead's overrides in force here. */
  overrides: GateOverrideView[];
  /** The checks no API shows, as ticked here. */
  manualTicks: ManualTick[];
  clusters: ClusterGate[];
};

/** A cluster that could not be read cannot be said to be ready: its fault is a blocking check. */
function unreadableCheck(view: Extract<ClusterView, { status: "error" }>): GateCheck {
  return {
    id: "cluster-readable",
    name: "Cluster readable",
    verdict: "block",
    sentence: `${view.name} could not be read (${view.fault.kind}): ${view.fault.message}`,
    link: { href: `/fleet/${view.id}`, label: view.name },
    items: [],
  };
}

/** Checks about what the next hop runs into: moot once a cluster has no hop left. */
const HOP_CHECKS: string[] = ["removed-apis", ...PREFLIGHT_CHECK_IDS];

/** The lead's override in force for a cluster check turns its block into a warning that says why. */
function overridden(check: GateCheck, overrides: GateOverrideView[], now: Date): GateCheck {
  const override = overrides.find((o) => o.checkId === check.id && o.until > now);
  return override && check.verdict === "block" ? letPass(check, override) : check;
}

export function clusterGate(
  view: ClusterView,
  fromCampaign: GateCheck[],
  overrides: GateOverrideView[] = [],
  now = new Date(),
): ClusterGate {
  const base = { clusterId: view.id, clusterName: view.name };
  if (view.status === "error")
    return { ...base, step: null, note: null, verdict: composeGate([unreadableCheck(view), ...fromCampaign]) };
  const plan = view.plan;
  const own = (view.checks ?? []).map((check) => overridden(check, overrides, now));
  if (plan?.unplannable) return { ...base, step: null, note: plan.unplannable, verdict: composeGate(own) };
  if (plan && !plan.next)
    return {
      ...base,
      step: null,
      note: `At Kubernetes ${plan.target}: nothing left to upgrade.`,
      // Nothing left to start: neither the campaign's checks nor those about the next hop hold this cluster.
      verdict: composeGate(own.filter((check) => !HOP_CHECKS.includes(check.id))),
    };
  return {
    ...base,
    step: plan?.next ? planStepText(plan.next.step) : null,
    note: null,
    verdict: composeGate([...fromCampaign, ...own]),
  };
}

/**
 * An environment's gate: open when every cluster's next step may start. Without clusters, the
 * campaign's checks alone answer (a warning says no cluster is registered).
 */
export function environmentGate(input: CampaignGateInput, views: ClusterView[]): EnvironmentGate {
  const fromCampaign = campaignChecks(input);
  const clusters = views.map((view) => clusterGate(view, fromCampaign, input.overrides, input.now));
  const noClusters: GateCheck[] =
    clusters.length === 0
      ? [
          {
            id: "clusters-registered",
            name: "Clusters registered",
            verdict: "warn",
            sentence: `No cluster is registered in ${input.environment.name}: only the campaign's checks answer.`,
            link: { href: "/fleet", label: "Add a cluster" },
            items: [],
          },
        ]
      : [];
  const campaign = composeGate([...fromCampaign, ...noClusters]);
  return {
    environment: { id: input.environment.id, name: input.environment.name },
    open: clusters.length === 0 ? campaign.open : clusters.every((cluster) => cluster.verdict.open),
    nothingLeft: clusters.length > 0 && clusters.every((cluster) => cluster.step === null && cluster.note !== null),
    campaignChecks: campaign.checks,
    overrides: input.overrides,
    manualTicks: input.manualTicks ?? [],
    clusters,
  };
}

export type Overridable = (typeof OVERRIDABLE_CHECKS)[number];
/** What the lead's override form needs of a gate, and no more (the form is in the browser). */
export type OverrideOffer = { verdict: Verdict | null; active: GateOverrideView | null };

/**
 * The check as this gate holds it (the campaign's own, else a cluster's, blocking first) and the
 * override in force; an override shows whatever the check says now, so the lead can withdraw it.
 */
export function overrideOffer(gate: EnvironmentGate, checkId: Overridable): OverrideOffer {
  const inClusters = gate.clusters.flatMap((cluster) => cluster.verdict.checks).filter((c) => c.id === checkId);
  const check =
    gate.campaignChecks.find((c) => c.id === checkId) ?? inClusters.find((c) => c.verdict === "block") ?? inClusters[0];
  return { verdict: check?.verdict ?? null, active: gate.overrides.find((o) => o.checkId === checkId) ?? null };
}
