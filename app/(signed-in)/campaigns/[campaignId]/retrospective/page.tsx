import { campaignPageTitle } from "@/lib/campaigns/queries";
import { notFound } from "next/navigation";
import { RetrospectivePage } from "@/components/retrospective/retrospective-page";
import { requireMember } from "@/lib/auth/session";
import { loadCampaignReport } from "@/lib/reports/campaign-report";
import { getRetrospective } from "@/lib/retrospectives/queries";

export function generateMetadata({ params }: { params: Promise<{ campaignId: string }> }) {
  return campaignPageTitle(params, "Retrospective");
}

export default async function Page({ params }: { params: Promise<{ campaignId: string }> }) {
  const [me, { campaignId }] = await Promise.all([requireMember(), params]);
  const [retrospective, report] = await Promise.all([
    getRetrospective(campaignId, me.id),
    loadCampaignReport(campaignId),
  ]);
  if (!retrospective || !report) notFound();
  return <RetrospectivePage me={me} retrospective={retrospective} report={report} />;
}
