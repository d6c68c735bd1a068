/** What a new campaign keeps of last campaign's inventory: the list and the owners, not the findings. */

type PreviousComponent = {
  name: string;
  category: string;
  currentVersion: string;
  targetVersion: string | null;
  ownerId: string | null;
};

export type CarriedComponent = {
  name: string;
  category: string;
  currentVersion: string;
  targetVersion: null;
  ownerId: string | null;
};

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
  }));
}
