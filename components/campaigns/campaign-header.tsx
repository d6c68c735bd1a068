import Link from "next/link";
import type { CampaignSummary } from "@/lib/campaigns/types";
import { formatDay, formatRange } from "@/lib/format";
import { CampaignLifecycle } from "./campaign-lifecycle";
import { CampaignStatusBadge } from "./campaign-status-badge";
import { CampaignTabs } from "./campaign-tabs";

export function CampaignHeader({ campaign, canManage }: { campaign: CampaignSummary; canManage: boolean }) {
  return (
    <div className="mb-6 space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-xs text-slate-500">
            <Link href="/" className="hover:text-slate-800">
              Campaigns
            </Link>{" "}
            /
          </p>
          <h1 className="mt-0.5 flex flex-wrap items-center gap-2 text-2xl font-semibold tracking-tight">
            {campaign.name} <CampaignStatusBadge status={campaign.status} />
          </h1>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
            <span className="font-mono">
              Kubernetes {campaign.kubernetesFrom} → {campaign.kubernetesTo}
            </span>
            <span>Prd maintenance {formatRange(campaign.maintenanceStart, campaign.maintenanceEnd)}</span>
            {campaign.previousCampaign ? (
              <span>
                Started from{" "}
                <Link href={`/campaigns/${campaign.previousCampaign.id}`} className="text-indigo-700 hover:underline">
                  {campaign.previousCampaign.name}
                </Link>
              </span>
            ) : null}
          </p>
        </div>
        <div className="flex flex-col items-end gap-1">
          {canManage ? <CampaignLifecycle campaign={campaign} /> : null}
          <p className="text-xs text-slate-500">
            {campaign.completedAt
              ? `Completed ${formatDay(campaign.completedAt)}`
              : campaign.startedAt
                ? `Running since ${formatDay(campaign.startedAt)}`
                : null}
            {campaign.archivedAt ? ` · archived ${formatDay(campaign.archivedAt)}` : null}
          </p>
        </div>
      </div>
      <CampaignTabs campaignId={campaign.id} />
    </div>
  );
}
