import { notFound } from "next/navigation";
import { CampaignSummaryView } from "@/components/campaigns/campaign-summary";
import { requireMember } from "@/lib/auth/session";
import { loadCampaignReport } from "@/lib/reports/campaign-report";

export const metadata = { title: "Campaign summary" };

export default async function SummaryPage({ params }: { params: Promise<{ campaignId: string }> }) {
  await requireMember();
  const report = await loadCampaignReport((await params).campaignId);
  if (!report) notFound();
  return <CampaignSummaryView report={report} />;
}
