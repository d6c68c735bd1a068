import { currentMember } from "@/lib/auth/session";
import { clusterUsersReleaseNotes } from "@/lib/reports/markdown";
import { loadCampaignReport } from "@/lib/reports/campaign-report";
import { markdownDownload, signInToDownload } from "@/lib/reports/download";

export async function GET(_request: Request, { params }: { params: Promise<{ campaignId: string }> }) {
  if (!(await currentMember())) return signInToDownload();
  const report = await loadCampaignReport((await params).campaignId);
  if (!report) return new Response("Not found", { status: 404 });
  const { campaign, components } = report.inventory;
  return markdownDownload(
    clusterUsersReleaseNotes(campaign, components),
    `release-notes-kubernetes-${campaign.kubernetesTo}`,
  );
}
