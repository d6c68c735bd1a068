import { isOneOf } from "@/lib/is-one-of";

/** The small fixed vocabularies of a campaign, with the words the UI shows for them. */

/** Grouped by how a component is managed, because that decides how it is updated. */
export const COMPONENT_CATEGORIES = [
  "kubernetes",
  "os",
  "runtime",
  "addon-argocd",
  "addon-helm",
  "controller",
] as const;
export type ComponentCategory = (typeof COMPONENT_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<ComponentCategory, string> = {
  kubernetes: "Node-level (kubeadm / Ansible / Kubespray)",
  os: "OS, firmware and drivers",
  runtime: "Container runtime",
  "addon-argocd": "Cluster add-on (ArgoCD)",
  "addon-helm": "Cluster add-on (Helm)",
  controller: "In-house controller",
};

/** For narrow places such as table cells. */
export const CATEGORY_SHORT_LABELS: Record<ComponentCategory, string> = {
  kubernetes: "Node-level",
  os: "OS / drivers",
  runtime: "Runtime",
  "addon-argocd": "ArgoCD add-on",
  "addon-helm": "Helm add-on",
  controller: "In-house controller",
};

export const COMPATIBILITY = ["unknown", "compatible", "incompatible"] as const;
export type Compatibility = (typeof COMPATIBILITY)[number];
export const COMPATIBILITY_LABELS: Record<Compatibility, string> = {
  unknown: "Unknown yet",
  compatible: "Compatible",
  incompatible: "Incompatible",
};

export const VERIFICATION_STATUSES = ["pending", "in-progress", "verified", "failed", "skipped"] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const VERIFICATION_LABELS: Record<VerificationStatus, string> = {
  pending: "Pending",
  "in-progress": "In progress",
  verified: "Verified",
  failed: "Failed",
  skipped: "Skipped",
};

/** A status that lets the component move on to the next environment (unless it is stale). */
export function isSettled(status: VerificationStatus): boolean {
  return status === "verified" || status === "skipped";
}

/** Failed and Skipped are decisions others act on: they need a reason. */
export const NEEDS_REASON: readonly VerificationStatus[] = ["failed", "skipped"];

/**
 * A verdict (verified, skipped, failed) given for another version than today's target: it says
 * nothing about the version the campaign now moves to.
 */
export function isStale(status: VerificationStatus, verifiedVersion: string | null, target: string | null): boolean {
  return (isSettled(status) || status === "failed") && verifiedVersion !== target;
}

/** The eight steps of a campaign (domain.md), in order. */
export const PHASES = [
  { step: 1, title: "Inventory", detail: "List components, target versions, compatibility" },
  { step: 2, title: "Feature gates & hardware", detail: "Feature gates, OS, firmware, drivers, GPU/CUDA" },
  { step: 3, title: "Owners", detail: "Assign an owner to each component" },
  { step: 4, title: "Dev platform", detail: "OS, drivers and Kubernetes on Dev" },
  { step: 5, title: "Dev components", detail: "Owners update and verify on Dev" },
  { step: 6, title: "Stg", detail: "Platform and components on Stg" },
  { step: 7, title: "Prd maintenance", detail: "Prd inside the maintenance window" },
  { step: 8, title: "Retrospective", detail: "Keep / Problem / Try" },
] as const;

/** The steps others plan around: Stg's dates are its window; the last one is the retrospective. */
export const STG_STEP = 6;
export const RETROSPECTIVE_STEP = 8;

/** How Prd's workers are upgraded (domain.md, "Strategies for workers"): what cluster users live through. */
export const PRD_STRATEGIES = ["in-place", "rolling", "blue-green"] as const;
export type PrdStrategy = (typeof PRD_STRATEGIES)[number];
export const PRD_STRATEGY_LABELS: Record<PrdStrategy, string> = {
  "in-place": "In place (workloads stop during the window)",
  rolling: "Rolling (nodes drained a batch at a time)",
  "blue-green": "Blue/green (a new cluster, traffic switched over)",
};

/** A stored strategy read back; anything unknown is the one that promises the least: workloads stop. */
export function prdStrategyOf(value: string): PrdStrategy {
  return isOneOf(PRD_STRATEGIES, value) ? value : "in-place";
}

/** Where a campaign stands. At most one runs: the live view plans towards it. */
export const CAMPAIGN_STATUSES = ["planned", "running", "completed", "archived"] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  planned: "Planned",
  running: "Running",
  completed: "Completed",
  archived: "Archived",
};
/** Campaigns whose components still have work ahead: an owner leaving hands theirs over. */
export const UNFINISHED = ["planned", "running"] as const satisfies readonly CampaignStatus[];
