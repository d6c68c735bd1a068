import type { MemberRef } from "@/lib/auth/member";
import type { AssignOwnerInput, SetVerificationInput } from "@/lib/campaigns/schemas";
import type { InventoryRow } from "@/lib/campaigns/types";
import type { TeamMemberView } from "@/lib/team/types";

/** Whatever holds rows and the team: the whole inventory, or one page of it. */
export type CachedRows = { components: InventoryRow[]; team: TeamMemberView[] };

/*
 * What the inventory looks like the moment a person ticks or assigns, before the server has
 * answered: pure, so the table can show it at once and roll back to the untouched original.
 */

export function withVerification<T extends CachedRows>(inventory: T, input: SetVerificationInput, actor: MemberRef): T {
  return {
    ...inventory,
    components: inventory.components.map((component) =>
      component.id !== input.componentId
        ? component
        : {
            ...component,
            verifications: {
              ...component.verifications,
              [input.environmentId]: {
                status: input.status,
                note: input.note ?? "",
                verifiedBy: { id: actor.id, name: actor.name },
                updatedAt: new Date(),
                revision: input.revision + 1,
                verifiedVersion: component.targetVersion,
                stale: false,
              },
            },
          },
    ),
  };
}

export function withOwner<T extends CachedRows>(inventory: T, input: AssignOwnerInput): T {
  const member = inventory.team.find((m) => m.id === input.ownerId);
  const owner = member ? { id: member.id, name: member.name } : null;
  const chosen = new Set(input.componentIds);
  return {
    ...inventory,
    components: inventory.components.map((component) =>
      chosen.has(component.id) ? { ...component, owner } : component,
    ),
  };
}
