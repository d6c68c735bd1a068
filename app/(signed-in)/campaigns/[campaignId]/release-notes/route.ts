import { currentMember } from "@/lib/auth/session";
import { clusterUsersReleaseNotes } from "@/lib/retrospectives/export";
import { loadCampaignReport } from "@/lib/retrospectives/report";
import { markdownDownload, signInToDownload } from "@/lib/retrospectives/download";

export async function GET(_request: Request, { params }: { params: Promise<{ campaignId: string }> }) {
  if (!(await currentMember())) return signInToDownload();
  const report = await loadCampaignReport((await params).campaignId);
  if (!report) return new Response("Not found", { status: 404 });
  const { campaign, components } = report.inventory;
  return markdownDownload(clusterUsersReleaseNotes(campaign, components), `release-notes-kubernetes-${campaign.kubernetesTo}`);
}
