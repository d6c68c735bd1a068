import type { ComponentView } from "@/lib/campaigns/types";

/*
 * What the clusters run, matched to the inventory. Pure: the fleet's readings are summarised as
 * sightings, a component's match rule picks its own, and the spread says what runs where.
 */

/** Where a version is read from: a node field, the control plane, a container image, or a chart's labels. */
export const MATCH_KINDS = [
  "image",
  "chart",
  "app-label",
  "node-runtime",
  "node-os",
  "node-kernel",
  "kubelet",
  "control-plane",
] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export const MATCH_KIND_LABELS: Record<MatchKind, string> = {
  image: "Container image repository",
  chart: "Helm chart (helm.sh/chart label)",
  "app-label": "App label (app.kubernetes.io/name)",
  "node-runtime": "Node container runtime",
  "node-os": "Node OS image",
  "node-kernel": "Node kernel",
  kubelet: "Kubelet version",
  "control-plane": "Control-plane component (static pod)",
};

export type MatchRule = { kind: MatchKind; value: string };

/** One thing seen running, counted: "containerd 1.7.22 on 8 nodes", "cert-manager v1.15.3 in 2 workloads". */
export type Sighting = { kind: MatchKind; key: string; version: string; count: number };

export function ruleMatches(rule: MatchRule, sighting: Pick<Sighting, "kind" | "key">): boolean {
  if (rule.kind !== sighting.kind) return false;
  const wanted = rule.value.trim().toLowerCase();
  const key = sighting.key.toLowerCase();
  // An image rule may leave out the registry: "jetstack/cert-manager-controller" matches quay.io's.
  return key === wanted || (rule.kind === "image" && key.endsWith(`/${wanted}`));
}

export type VersionCount = { version: string; count: number };

/** The versions a rule finds among sightings, most common first: "1.7.22 ×8, 2.1.4 ×1". */
export function spreadOf(rule: MatchRule, sightings: Sighting[]): VersionCount[] {
  const counts = new Map<string, number>();
  for (const sighting of sightings) {
    if (ruleMatches(rule, sighting)) counts.set(sighting.version, (counts.get(sighting.version) ?? 0) + sighting.count);
  }
  return [...counts]
    .map(([version, count]) => ({ version, count }))
    .sort((a, b) => b.count - a.count || a.version.localeCompare(b.version));
}

export function formatSpread(spread: VersionCount[]): string {
  if (spread.length === 1) return spread[0]!.version;
  return spread.map(({ version, count }) => `${version} ×${count}`).join(", ");
}

const normalise = (version: string) => version.trim().replace(/^v/i, "").toLowerCase();

/**
 * Whether a running version is the inventory's version: equal, or the same release with more
 * detail ("22.04.5" for "22.04", "535.183.01-ubuntu22.04" for "535.183.01", "v1.31.13-eks-7a2b3c4"
 * for "v1.31.13"), never a different number ("1.7.2" is not "1.7.22").
 */
export function isRelease(running: string, version: string | null): boolean {
  if (!version) return false;
  const [a, b] = [normalise(running), normalise(version)];
  return a === b || (a.startsWith(b) && /^[.+-]/.test(a.slice(b.length)));
}

/** How an environment's running versions stand against the component's current and target. */
export type RunningState = "target" | "current" | "mixed" | "other" | "none";

export function runningState(
  component: Pick<ComponentView, "currentVersion" | "targetVersion">,
  spread: VersionCount[],
): RunningState {
  if (spread.length === 0) return "none";
  const atTarget = spread.filter(({ version }) => isRelease(version, component.targetVersion));
  const atCurrent = spread.filter(({ version }) => isRelease(version, component.currentVersion));
  if (atTarget.length + atCurrent.length < spread.length) return "other";
  if (atTarget.length === spread.length) return "target";
  if (atCurrent.length === spread.length) return "current";
  return "mixed";
}

/** Versions running that are neither the component's current nor its target: someone should know why. */
export function unexpectedVersions(
  component: Pick<ComponentView, "currentVersion" | "targetVersion">,
  spread: VersionCount[],
): VersionCount[] {
  return spread.filter(
    ({ version }) => !isRelease(version, component.targetVersion) && !isRelease(version, component.currentVersion),
  );
}
