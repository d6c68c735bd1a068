"use client";

import {
  hashKey,
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from "@tanstack/react-query";
import { useMemo } from "react";
import { useFleet } from "@/components/fleet/use-fleet";
import { unwrap } from "@/components/forms/action-refused";
import { assignOwnerAction, loadInventory, loadInventoryPage, setVerificationAction } from "@/lib/campaigns/actions";
import type { InventoryPage, InventoryQuery } from "@/lib/campaigns/inventory-page";
import type { AssignOwnerInput, SetVerificationInput } from "@/lib/campaigns/schemas";
import type { InventoryRow, InventoryTableView } from "@/lib/campaigns/types";
import { verificationWarnings } from "@/lib/campaigns/verification-warnings";
import type { EnvironmentView } from "@/lib/environments/types";
import { spreadOf, type VersionCount } from "@/lib/discovery/match";
import { environmentSightings, liveVersions } from "@/lib/fleet/live-versions";
import type { SignedInMember } from "@/lib/auth/member";
import { withOwner, withVerification, type CachedRows } from "./optimistic-inventory";

/** Every cached view of a campaign's inventory (the whole of it, and each page read) starts with this key. */
export const inventoryKey = (campaignId: string) => ["inventory", campaignId] as const;

const deleted = () => new Error("This campaign was deleted.");
// Teammates tick their verifications too: keep what is open current.
const POLL_MS = 15_000;

/** The whole inventory (the environments' drift view). */
export function useInventory(campaignId: string, initialData: InventoryTableView) {
  return useQuery({
    queryKey: [...inventoryKey(campaignId), "all"],
    queryFn: async () => (await loadInventory(campaignId)) ?? Promise.reject(deleted()),
    initialData,
    refetchInterval: POLL_MS,
  });
}

/**
 * One page of the inventory as `query` asks for it. The server's first page seeds the query it
 * answered; while another page loads, the last one stays on screen.
 */
export function useInventoryPage(campaignId: string, query: InventoryQuery, initialPage: InventoryPage) {
  return useQuery({
    queryKey: [...inventoryKey(campaignId), "page", query],
    queryFn: async () => (await loadInventoryPage(campaignId, query)) ?? Promise.reject(deleted()),
    // Compared as react-query compares keys (field order aside).
    initialData: hashKey([query]) === hashKey([initialPage.query]) ? initialPage : undefined,
    placeholderData: keepPreviousData,
    refetchInterval: POLL_MS,
  });
}

/**
 * Applies `change` to every cached view of the inventory at once and hands back how to undo it;
 * every optimistic mutation of the inventory goes through here.
 */
async function applyOptimistically(
  client: QueryClient,
  campaignId: string,
  change: <T extends CachedRows>(inventory: T) => T,
) {
  const key = inventoryKey(campaignId);
  await client.cancelQueries({ queryKey: key });
  const previous = client.getQueriesData<CachedRows>({ queryKey: key });
  for (const [cached, data] of previous) if (data) client.setQueryData(cached, change(data));
  return { rollback: () => previous.forEach(([cached, data]) => client.setQueryData(cached, data)) };
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
export function useVerificationWarnings(component: InventoryRow, environments: EnvironmentView[]) {
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
export function useRunning(component: InventoryRow): Record<string, VersionCount[]> | null {
  const fleet = useFleet(undefined, null).data;
  const rule = component.matchRule;
  return useMemo(() => {
    const sightings = environmentSightings(fleet);
    if (!sightings || !rule) return null;
    return Object.fromEntries(Object.entries(sightings).map(([id, seen]) => [id, spreadOf(rule, seen)]));
  }, [fleet, rule]);
}
