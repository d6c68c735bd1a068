import type { MemberRef } from "@/lib/auth/member";
import type { EnvironmentView } from "@/lib/environments/types";
import { settles, verificationOf } from "./progress";
import type { InventoryRow } from "./types";

/** What a set of components still asks of its owner. Pure: the home page and the team page share it. */
export type Workload = {
  owned: number;
  /** Per environment in promotion order: components neither settled nor failed there. */
  pending: { environment: EnvironmentView; count: number }[];
  /** Components with a failed verification in any environment. */
  failed: number;
  /** A major bump nobody has confirmed or cleared yet. */
  undecidedBreaking: number;
};

export function isUndecidedBreaking(component: InventoryRow): boolean {
  return component.breaking.detected && component.breaking.override === null;
}

export function hasFailed(component: InventoryRow): boolean {
  return Object.values(component.verifications).some((verification) => verification.status === "failed");
}

export function workload(components: InventoryRow[], environments: EnvironmentView[]): Workload {
  const ordered = [...environments].sort((a, b) => a.position - b.position);
  return {
    owned: components.length,
    pending: ordered.map((environment) => ({
      environment,
      count: components.filter((component) => {
        const verification = verificationOf(component, environment.id);
        return !settles(verification) && verification.status !== "failed";
      }).length,
    })),
    failed: components.filter(hasFailed).length,
    undecidedBreaking: components.filter(isUndecidedBreaking).length,
  };
}

/** `owner` null: the unassigned components, listed last so the lead sees what nobody carries. */
export type OwnerWorkload = { owner: MemberRef | null; load: Workload };

/**
 * One row per owner, heaviest first: every member of `team` (those who own nothing too, so the
 * lead sees who has room) and anyone else who still owns components; the unassigned last.
 */
export function teamWorkload(
  components: InventoryRow[],
  environments: EnvironmentView[],
  team: MemberRef[],
): OwnerWorkload[] {
  const byOwner = new Map<string | null, InventoryRow[]>();
  const owners = new Map<string, MemberRef>(team.map((member) => [member.id, member]));
  for (const component of components) {
    const key = component.owner?.id ?? null;
    byOwner.set(key, [...(byOwner.get(key) ?? []), component]);
    if (component.owner && !owners.has(component.owner.id)) owners.set(component.owner.id, component.owner);
  }
  const rows = [...owners.values()]
    .map((owner) => ({ owner, load: workload(byOwner.get(owner.id) ?? [], environments) }))
    .sort((a, b) => b.load.owned - a.load.owned || a.owner.name.localeCompare(b.owner.name));
  const unassigned = byOwner.get(null) ?? [];
  return unassigned.length > 0 ? [...rows, { owner: null, load: workload(unassigned, environments) }] : rows;
}
