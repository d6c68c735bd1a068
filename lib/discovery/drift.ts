import type { InventoryRow } from "@/lib/campaigns/types";
import type { EnvironmentView } from "@/lib/environments/types";
import { ruleMatches, spreadOf, type MatchKind, type Sighting, type VersionCount } from "./match";

/*
 * Is Dev a faithful rehearsal of Prd? Every component side by side across the environments, the
 * ones that differ first; and what runs that no component of the inventory accounts for. Pure.
 */

export type DriftRow = {
  component: InventoryRow;
  /** Per environment in promotion order; empty where it is not seen (or has no rule). */
  running: { environment: EnvironmentView; spread: VersionCount[] }[];
  /** The environments do not all run the same versions. */
  differs: boolean;
};

const versionsOf = (spread: VersionCount[]) =>
  spread
    .map((entry) => entry.version)
    .sort()
    .join(",");

export function driftRows(
  components: InventoryRow[],
  environments: EnvironmentView[],
  sightings: Record<string, Sighting[]>,
): DriftRow[] {
  const ordered = [...environments].sort((a, b) => a.position - b.position);
  return components
    .map((component) => {
      const running = ordered.map((environment) => ({
        environment,
        spread: component.matchRule ? spreadOf(component.matchRule, sightings[environment.id] ?? []) : [],
      }));
      const seen = running.filter((entry) => entry.spread.length > 0);
      return { component, running, differs: new Set(seen.map((entry) => versionsOf(entry.spread))).size > 1 };
    })
    .sort((a, b) => Number(b.differs) - Number(a.differs) || a.component.name.localeCompare(b.component.name));
}

/** The kinds of software a team lists in its inventory; kubelets and kernels are Kubernetes' and the OS's. */
const LISTABLE: MatchKind[] = ["image", "node-runtime", "node-os"];

export type Unlisted = {
  kind: MatchKind;
  key: string;
  /** Per environment id. */
  running: Record<string, VersionCount[]>;
};

/** Software running in some environment that no component's rule finds: "running but not in the inventory". */
export function unlistedSoftware(components: InventoryRow[], sightings: Record<string, Sighting[]>): Unlisted[] {
  const rules = components.flatMap((component) => (component.matchRule ? [component.matchRule] : []));
  const found = new Map<string, Unlisted>();
  for (const [environmentId, seen] of Object.entries(sightings)) {
    for (const sighting of seen) {
      if (!LISTABLE.includes(sighting.kind) || rules.some((rule) => ruleMatches(rule, sighting))) continue;
      const id = `${sighting.kind}\u0000${sighting.key}`;
      const entry = found.get(id) ?? { kind: sighting.kind, key: sighting.key, running: {} };
      const spread = (entry.running[environmentId] ??= []);
      const same = spread.find((v) => v.version === sighting.version);
      if (same) same.count += sighting.count;
      else spread.push({ version: sighting.version, count: sighting.count });
      found.set(id, entry);
    }
  }
  return [...found.values()].sort((a, b) => a.key.localeCompare(b.key));
}
