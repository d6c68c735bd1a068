"use client";

import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { unwrap } from "@/components/forms/action-refused";
import { assignOwnerAction, loadInventory, setVerificationAction } from "@/lib/campaigns/actions";
import type { AssignOwnerInput, SetVerificationInput } from "@/lib/campaigns/schemas";
import type { InventoryView } from "@/lib/campaigns/types";
import type { SignedInMember, MemberRef } from "@/lib/auth/member";

export const inventoryKey = (campaignId: string) => ["inventory", campaignId] as const;

export function useInventory(campaignId: string, initialData: InventoryView) {
  return useQuery({
    queryKey: inventoryKey(campaignId),
    queryFn: async () => {
      const inventory = await loadInventory(campaignId);
      if (!inventory) throw new Error("This campaign was deleted.");
      return inventory;
    },
    initialData,
    // Teammates tick their verifications too: keep the list current while it is open.
    refetchInterval: 15_000,
  });
}

/**
 * Applies `change` to the cached inventory at once and hands back how to undo it; every
 * optimistic mutation of the inventory goes through here.
 */
async function applyOptimistically(
  client: QueryClient,
  campaignId: string,
  change: (inventory: InventoryView) => InventoryView,
) {
  const key = inventoryKey(campaignId);
  await client.cancelQueries({ queryKey: key });
  const previous = client.getQueryData<InventoryView>(key);
  if (previous) client.setQueryData(key, change(previous));
  return { rollback: () => client.setQueryData(key, previous) };
}

export function useSetVerification(campaignId: string, actor: SignedInMember) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SetVerificationInput) => unwrap(setVerificationAction(input)),
    onMutate: (input) =>
      applyOptimistically(client, campaignId, (inventory) => ({
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
                    note: input.note,
                    verifiedBy: actor,
                    updatedAt: new Date(),
                    revision: input.revision + 1,
                  },
                },
              },
        ),
      })),
    onError: (_error, _input, context) => context?.rollback(),
    onSettled: () => client.invalidateQueries({ queryKey: inventoryKey(campaignId) }),
  });
}

export function useAssignOwner(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AssignOwnerInput) => unwrap(assignOwnerAction(input)),
    onMutate: (input) =>
      applyOptimistically(client, campaignId, (inventory) => {
        const owner: MemberRef | null = inventory.team.find((member) => member.id === input.ownerId) ?? null;
        const chosen = new Set(input.componentIds);
        return {
          ...inventory,
          components: inventory.components.map((component) =>
            chosen.has(component.id) ? { ...component, owner: owner && { id: owner.id, name: owner.name } } : component,
          ),
        };
      }),
    onError: (_error, _input, context) => context?.rollback(),
    onSettled: () => client.invalidateQueries({ queryKey: inventoryKey(campaignId) }),
  });
}
