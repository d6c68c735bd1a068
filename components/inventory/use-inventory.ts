"use client";

import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { useFleet } from "@/components/fleet/use-fleet";
import { unwrap } from "@/components/forms/action-refused";
import { assignOwnerAction, loadInventory, setVerificationAction } from "@/lib/campaigns/actions";
import type { AssignOwnerInput, SetVerificationInput } from "@/lib/campaigns/schemas";
import type { ComponentView, InventoryView } from "@/lib/campaigns/types";
import { verificationWarnings } from "@/lib/campaigns/verification-warnings";
import type { EnvironmentView } from "@/lib/environments/types";
import { spreadOf, type VersionCount } from "@/lib/discovery/match";
import { environmentSightings, liveVersions } from "@/lib/fleet/live-versions";
import type { SignedInMember } from "@/lib/auth/member";
import { withOwner, withVerification } from "./optimistic-inventory";

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
      applyOptimistically(client, campaignId, (inventory) => withVerification(inventory, input, actor)),
    onError: (_error, _input, context) => context?.rollback(),
    onSettled: () => client.invalidateQueries({ queryKey: inventoryKey(campaignId) }),
  });
}

export function useAssignOwner(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AssignOwnerInput) => unwrap(assignOwnerAction(input)),
    onMutate: (input) => applyOptimistically(client, campaignId, (inventory) => withOwner(inventory, input)),
    onError: (_error, _input, context) => context?.rollback(),
    onSettled: () => client.invalidateQueries({ queryKey: inventoryKey(campaignId) }),
  });
}

/**
 * What does not add up about a component's ticks, per environment id: out of order, or
 * contradicted by what the clusters run (the fleet's shared poll). Empty while the fleet loads.
 */
export function useVerificationWarnings(component: ComponentView, environments: EnvironmentView[]) {
  const fleet = useFleet(undefined, null).data;
  const running = useRunning(component);
  return useMemo(
    () => verificationWarnings(component, environments, liveVersions(fleet), running),
    [component, environments, fleet, running],
  );
}

/**
 * What each environment's clusters run of this component, per environment id, as its match rule
 * finds it in the fleet's shared poll; null while the fleet loads or without a rule.
 */
export function useRunning(component: ComponentView): Record<string, VersionCount[]> | null {
  const fleet = useFleet(undefined, null).data;
  const rule = component.matchRule;
  return useMemo(() => {
    const sightings = environmentSightings(fleet);
    if (!sightings || !rule) return null;
    return Object.fromEntries(Object.entries(sightings).map(([id, seen]) => [id, spreadOf(rule, seen)]));
  }, [fleet, rule]);
}
