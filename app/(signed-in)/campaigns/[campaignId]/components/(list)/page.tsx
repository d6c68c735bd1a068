import { notFound } from "next/navigation";
import { InventoryTable } from "@/components/inventory/inventory-table";
import { requireMember } from "@/lib/auth/session";
import { inventoryQueryFromAddress } from "@/lib/campaigns/inventory-page";
import { getTeamPolicy } from "@/lib/team/settings";
import { campaignPageTitle, getInventoryPage } from "@/lib/campaigns/queries";

export function generateMetadata({ params }: { params: Promise<{ campaignId: string }> }) {
  return campaignPageTitle(params, "Inventory");
}

export default async function InventoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ campaignId: string }>;
  searchParams: Promise<{ filter?: string; q?: string; sort?: string; page?: string }>;
}) {
  const member = await requireMember();
  const [{ campaignId }, address] = await Promise.all([params, searchParams]);
  const [inventory, policy] = await Promise.all([
    getInventoryPage(campaignId, inventoryQueryFromAddress(address), member.id),
    getTeamPolicy(),
  ]);
  if (!inventory) notFound();
  return <InventoryTable initialPage={inventory} member={member} policy={policy} />;
}
