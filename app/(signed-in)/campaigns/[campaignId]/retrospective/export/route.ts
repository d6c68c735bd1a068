import { currentMember } from "@/lib/auth/session";
import { retrospectiveMarkdown } from "@/lib/reports/markdown";
import { getRetrospective } from "@/lib/retrospectives/queries";
import { loadCampaignReport } from "@/lib/reports/campaign-report";
import { markdownDownload, signInToDownload } from "@/lib/reports/download";

export async function GET(_request: Request, { params }: { params: Promise<{ campaignId: string }> }) {
  const me = await currentMember();
  if (!me) return signInToDownload();
  const { campaignId } = await params;
  const [retrospective, report] = await Promise.all([
    getRetrospective(campaignId, me.id),
    loadCampaignReport(campaignId),
  ]);
  if (!retrospective || !report) return new Response("Not found", { status: 404 });
  return markdownDownload(
    retrospectiveMarkdown(report.inventory.campaign, retrospective, report.facts),
    `retrospective-${report.inventory.campaign.name}`,
  );
}
