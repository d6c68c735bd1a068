import { notFound } from "next/navigation";
import { InventoryTable } from "@/components/inventory/inventory-table";
import { requireMember } from "@/lib/auth/session";
import { INVENTORY_SORTABLE, isInventoryFilter, sortFromParam } from "@/lib/campaigns/inventory-filter";
import { getTeamPolicy } from "@/lib/team/settings";
import { campaignPageTitle, getInventory } from "@/lib/campaigns/queries";

export function generateMetadata({ params }: { params: Promise<{ campaignId: string }> }) {
  return campaignPageTitle(params, "Inventory");
}

export default async function InventoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ campaignId: string }>;
  searchParams: Promise<{ filter?: string; q?: string; sort?: string }>;
}) {
  const member = await requireMember();
  const [{ campaignId }, { filter, q, sort }] = await Promise.all([params, searchParams]);
  const [inventory, policy] = await Promise.all([getInventory(campaignId), getTeamPolicy()]);
  if (!inventory) notFound();
  return (
    <InventoryTable
      initialInventory={inventory}
      member={member}
      policy={policy}
      initialFilter={isInventoryFilter(filter) ? filter : "all"}
      initialQuery={typeof q === "string" ? q.slice(0, 200) : ""}
      initialSort={sortFromParam(typeof sort === "string" ? sort : null, INVENTORY_SORTABLE)}
    />
  );
}
