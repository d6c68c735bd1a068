import { CampaignOverview } from "@/components/campaigns/campaign-overview";

export default async function CampaignOverviewPage({ params }: { params: Promise<{ campaignId: string }> }) {
  return <CampaignOverview campaignId={(await params).campaignId} />;
}
