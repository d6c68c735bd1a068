import type { MemberRef } from "@/lib/auth/member";
import type { AssignOwnerInput, SetVerificationInput } from "@/lib/campaigns/schemas";
import type { InventoryView } from "@/lib/campaigns/types";

/*
 * What the inventory looks like the moment a person ticks or assigns, before the server has
 * answered: pure, so the table can show it at once and roll back to the untouched original.
 */

export function withVerification(
  inventory: InventoryView,
  input: SetVerificationInput,
  actor: MemberRef,
): InventoryView {
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

export function withOwner(inventory: InventoryView, input: AssignOwnerInput): InventoryView {
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
