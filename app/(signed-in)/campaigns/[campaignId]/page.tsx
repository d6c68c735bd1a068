import { CampaignOverview } from "@/components/campaigns/campaign-overview";
import { requireMember } from "@/lib/auth/session";

export default async function CampaignOverviewPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const [member, { campaignId }] = await Promise.all([requireMember(), params]);
  return <CampaignOverview campaignId={campaignId} member={member} />;
}
