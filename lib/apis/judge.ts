import { projectOf } from "@/lib/support/addon-compatibility";
import { minorIndexOf } from "@/lib/skew/rules";
import { DEPRECATED_APIS, REMOVED_APIS, type DeprecatedApi, type RemovedApi } from "./catalog";

/*
 * Which API versions a campaign's way removes, and what that means for one object: pure, from the
 * shipped catalog.
 */

export type TypeRef = { apiVersion: string; kind: string };

export function removalOf({ apiVersion, kind }: TypeRef): RemovedApi | undefined {
  return REMOVED_APIS.find((entry) => entry.apiVersion === apiVersion && entry.kinds.includes(kind));
}

export function deprecationOf({ apiVersion, kind }: TypeRef): DeprecatedApi | undefined {
  return DEPRECATED_APIS.find((entry) => entry.apiVersion === apiVersion && entry.kinds.includes(kind));
}

/** "Kubernetes 1.32", "External Secrets Operator 0.17": what stops serving it, in words. */
export function removedBy(removal: RemovedApi): string {
  return "kubernetes" in removal.removedIn
    ? `Kubernetes ${removal.removedIn.kubernetes}`
    : `${removal.removedIn.project} ${removal.removedIn.line}`;
}

export function replacementOf(removal: RemovedApi): string {
  return removal.replacement ? removal.replacement.apiVersion : "no replacement API";
}

/** Where a campaign goes: Kubernetes from one minor to another, and each component from its current version to its target. */
export type CampaignWay = {
  kubernetes: { from: string; to: string };
  components: { name: string; currentVersion: string | null; targetVersion: string | null }[];
};

/** Is `line` crossed going from `current` to `target` (current below it, target at or above)? */
function crosses(line: string, current: string | null, target: string | null): boolean {
  const at = minorIndexOf(line);
  const to = target ? minorIndexOf(target) : null;
  const from = current ? minorIndexOf(current) : null;
  if (at === null || to === null || to < at) return false;
  return from === null || from < at;
}

/** The add-on removals the components' upgrades cross (External Secrets 0.10 -> 0.19 crosses 0.17). */
export function addonRemovalsCrossed(components: CampaignWay["components"]): RemovedApi[] {
  return REMOVED_APIS.filter(
    (removal) =>
      "project" in removal.removedIn &&
      components.some(
        (component) =>
          "project" in removal.removedIn &&
          projectOf(component.name) === removal.removedIn.project &&
          crosses(removal.removedIn.line, component.currentVersion, component.targetVersion),
      ),
  );
}

/**
 * The removals the campaign's hops and add-on upgrades pass: a Kubernetes minor after the one it
 * starts from, up to its target; an add-on release line its component's upgrade crosses.
 */
export function removalsOnTheWay(way: CampaignWay): RemovedApi[] {
  const hops = REMOVED_APIS.filter(
    (removal) =>
      "kubernetes" in removal.removedIn &&
      crosses(removal.removedIn.kubernetes, way.kubernetes.from, way.kubernetes.to),
  );
  return [...hops, ...addonRemovalsCrossed(way.components)];
}

export type ManifestVerdict =
  | { kind: "removed"; removal: RemovedApi }
  | { kind: "removed-by-addon"; removal: RemovedApi }
  | { kind: "deprecated"; deprecation: DeprecatedApi }
  | { kind: "ok" };

/**
 * What happens to a manifest's object at a Kubernetes target: removed when its version is gone by
 * then; an add-on's removed version is named apart (the target minor does not say which add-on
 * release runs), unless `addons` says the cluster runs that release line or later.
 */
export function manifestVerdict(type: TypeRef, target: string, addons: Record<string, string> = {}): ManifestVerdict {
  const removal = removalOf(type);
  if (removal && "kubernetes" in removal.removedIn) {
    const [at, to] = [minorIndexOf(removal.removedIn.kubernetes), minorIndexOf(target)];
    if (at !== null && to !== null && to >= at) return { kind: "removed", removal };
  }
  if (removal && "project" in removal.removedIn) {
    const running = addons[removal.removedIn.project];
    return running && crosses(removal.removedIn.line, null, running)
      ? { kind: "removed", removal }
      : { kind: "removed-by-addon", removal };
  }
  const deprecation = deprecationOf(type);
  if (!deprecation) return { kind: "ok" };
  const [since, to] = [minorIndexOf(deprecation.deprecatedIn), minorIndexOf(target)];
  return since !== null && to !== null && to >= since ? { kind: "deprecated", deprecation } : { kind: "ok" };
}
