import { notFound } from "next/navigation";
import { CampaignOverview } from "@/components/campaigns/campaign-overview";
import { requireMember } from "@/lib/auth/session";
import { liveCampaignGates } from "@/lib/gate/queries";
import { campaignPageTitle, getCampaignOverview } from "@/lib/campaigns/queries";

export function generateMetadata({ params }: { params: Promise<{ campaignId: string }> }) {
  return campaignPageTitle(params, null);
}

export default async function CampaignOverviewPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const [member, { campaignId }] = await Promise.all([requireMember(), params]);
  const [overview, gates] = await Promise.all([getCampaignOverview(campaignId), liveCampaignGates(campaignId)]);
  if (!overview) notFound();
  return <CampaignOverview member={member} overview={overview} gates={gates} />;
}
