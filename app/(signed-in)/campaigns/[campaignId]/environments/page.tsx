import { notFound } from "next/navigation";
import { EnvironmentsDrift } from "@/components/discovery/environments-drift";
import { leadOnly, may } from "@/lib/auth/policy";
import { requireMember } from "@/lib/auth/session";
import { campaignPageTitle, getInventoryTable } from "@/lib/campaigns/queries";

export function generateMetadata({ params }: { params: Promise<{ campaignId: string }> }) {
  return campaignPageTitle(params, "Environments");
}

export default async function EnvironmentsPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const [member, { campaignId }] = await Promise.all([requireMember(), params]);
  const inventory = await getInventoryTable(campaignId);
  if (!inventory) notFound();
  return (
    <div className="mt-6">
      <EnvironmentsDrift initialInventory={inventory} canAdd={may(leadOnly(member, "add components"))} />
    </div>
  );
}
