import { CampaignSummaryView } from "@/components/campaigns/campaign-summary";
import { requireMember } from "@/lib/auth/session";

export const metadata = { title: "Campaign summary" };

export default async function SummaryPage({ params }: { params: Promise<{ campaignId: string }> }) {
  await requireMember();
  return <CampaignSummaryView campaignId={(await params).campaignId} />;
}
