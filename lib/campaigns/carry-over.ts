/**
 * What a new campaign keeps of last campaign's inventory: the list, the owners and how each is
 * found running, not the findings.
 */

type PreviousComponent = {
  name: string;
  category: string;
  currentVersion: string;
  targetVersion: string | null;
  ownerId: string | null;
  matchKind: string;
  matchValue: string;
};

export type CarriedComponent = Omit<PreviousComponent, "targetVersion"> & { targetVersion: null };

/**
 * Last year's target is this year's current version; the target, release notes, breaking notes,
 * compatibility and verifications are found anew.
 */
export function carryOverInventory(previous: PreviousComponent[]): CarriedComponent[] {
  return previous.map((component) => ({
    name: component.name,
    category: component.category,
    currentVersion: component.targetVersion ?? component.currentVersion,
    targetVersion: null,
    ownerId: component.ownerId,
    matchKind: component.matchKind,
    matchValue: component.matchValue,
  }));
}
