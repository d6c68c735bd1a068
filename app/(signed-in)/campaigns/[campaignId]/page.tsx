import { notFound } from "next/navigation";
import { CampaignOverview } from "@/components/campaigns/campaign-overview";
import { requireMember } from "@/lib/auth/session";
import { getCampaignOverview } from "@/lib/campaigns/queries";
import { liveCampaignGates } from "@/lib/gate/queries";

export default async function CampaignOverviewPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const [member, { campaignId }] = await Promise.all([requireMember(), params]);
  const [overview, gates] = await Promise.all([getCampaignOverview(campaignId), liveCampaignGates(campaignId)]);
  if (!overview) notFound();
  return <CampaignOverview member={member} overview={overview} gates={gates} />;
}
