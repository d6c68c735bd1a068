import { notFound } from "next/navigation";
import { CampaignOverview } from "@/components/campaigns/campaign-overview";
import { requireMember } from "@/lib/auth/session";
import { getCampaignOverview } from "@/lib/campaigns/queries";

export default async function CampaignOverviewPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const [member, { campaignId }] = await Promise.all([requireMember(), params]);
  const overview = await getCampaignOverview(campaignId);
  if (!overview) notFound();
  return <CampaignOverview member={member} overview={overview} />;
}
