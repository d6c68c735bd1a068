import { CampaignSummaryView } from "@/components/campaigns/campaign-summary";

export const metadata = { title: "Campaign summary" };

export default async function SummaryPage({ params }: { params: Promise<{ campaignId: string }> }) {
  return <CampaignSummaryView campaignId={(await params).campaignId} />;
}
