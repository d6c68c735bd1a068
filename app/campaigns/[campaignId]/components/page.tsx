import { notFound } from "next/navigation";
import { InventoryTable } from "@/components/inventory/inventory-table";
import { isInventoryFilter } from "@/lib/campaigns/inventory-filter";
import { getInventory } from "@/lib/campaigns/queries";
import { getActingMember } from "@/lib/session/acting-member";

export default async function InventoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ campaignId: string }>;
  searchParams: Promise<{ filter?: string }>;
}) {
  const [{ campaignId }, { filter }] = await Promise.all([params, searchParams]);
  const [inventory, actingMember] = await Promise.all([getInventory(campaignId), getActingMember()]);
  if (!inventory) notFound();
  return <InventoryTable initialInventory={inventory} actingMember={actingMember} initialFilter={isInventoryFilter(filter) ? filter : "all"} />;
}
