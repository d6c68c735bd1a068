import { campaignPageTitle } from "@/lib/campaigns/queries";
import { notFound } from "next/navigation";
import { CampaignSummaryView } from "@/components/campaigns/campaign-summary";
import { requireMember } from "@/lib/auth/session";
import { loadCampaignReport } from "@/lib/reports/campaign-report";

export function generateMetadata({ params }: { params: Promise<{ campaignId: string }> }) {
  return campaignPageTitle(params, "Summary");
}

export default async function SummaryPage({ params }: { params: Promise<{ campaignId: string }> }) {
  await requireMember();
  const report = await loadCampaignReport((await params).campaignId);
  if (!report) notFound();
  return <CampaignSummaryView report={report} />;
}
