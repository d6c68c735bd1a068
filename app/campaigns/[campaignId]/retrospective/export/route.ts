import { getActingMember } from "@/lib/session/acting-member";
import { retrospectiveMarkdown } from "@/lib/retrospectives/export";
import { getRetrospective } from "@/lib/retrospectives/queries";
import { loadCampaignReport } from "@/lib/retrospectives/report";
import { markdownDownload } from "@/lib/retrospectives/download";

export async function GET(_request: Request, { params }: { params: Promise<{ campaignId: string }> }) {
  const { campaignId } = await params;
  const me = await getActingMember();
  const [retrospective, report] = await Promise.all([getRetrospective(campaignId, me?.id ?? null), loadCampaignReport(campaignId)]);
  if (!retrospective || !report) return new Response("Not found", { status: 404 });
  return markdownDownload(retrospectiveMarkdown(report.inventory.campaign, retrospective, report.facts), `retrospective-${report.inventory.campaign.name}`);
}
