import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { leadOnly, may } from "@/lib/auth/policy";
import type { CampaignCard } from "@/lib/campaigns/queries";
import { formatDay, formatRange } from "@/lib/format";
import { CampaignStatusBadge } from "./campaign-status-badge";
import { EnvironmentProgressList } from "./environment-progress";
import type { SignedInMember } from "@/lib/auth/member";
import { cn } from "@/lib/utils";

export function CampaignList({ member, cards }: { member: SignedInMember; cards: CampaignCard[] }) {
  const canCreate = may(leadOnly(member, "create campaigns"));

  return (
    <div className="space-y-6">
      <div className="flex items-end justify-between">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Upgrade campaigns</h1>
          <p className="mt-1 text-sm text-slate-600">
            Dev, then Stg, then Prd: every component with its owner, its target and its verification.
          </p>
        </div>
        {canCreate ? (
          <Link href="/campaigns/new" className={buttonClasses()}>
            New campaign
          </Link>
        ) : null}
      </div>
      {cards.length === 0 ? (
        <Card className="p-10 text-center text-sm text-slate-600">
          No campaign yet.{" "}
          {canCreate ? (
            <Link href="/campaigns/new" className="font-medium text-indigo-700 hover:underline">
              Start the first one.
            </Link>
          ) : (
            "The team lead starts the first one."
          )}
        </Card>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {cards.map(({ campaign, phase, progress }) => (
            <li key={campaign.id}>
              <Card
                className={cn(
                  "h-full p-5 transition-shadow hover:shadow-md",
                  campaign.status === "archived" && "opacity-70",
                )}
              >
                <div className="flex items-start justify-between gap-3">
                  <div>
                    <Link
                      href={`/campaigns/${campaign.id}`}
                      className="text-base font-semibold text-slate-900 hover:text-indigo-700"
                    >
                      {campaign.name}
                    </Link>
                    <p className="mt-0.5 font-mono text-xs text-slate-500">
                      Kubernetes {campaign.kubernetesFrom} → {campaign.kubernetesTo} · {campaign.componentCount}{" "}
                      components
                    </p>
                  </div>
                  <span className="flex flex-col items-end gap-1">
                    <CampaignStatusBadge status={campaign.status} />
                    {campaign.completedAt ? (
                      <span className="text-xs text-slate-500">
                        Completed {formatDay(campaign.completedAt, { short: true })}
                      </span>
                    ) : campaign.status !== "archived" && phase ? (
                      <span className="text-xs text-slate-500">
                        Step {phase.step}: {phase.title}
                      </span>
                    ) : null}
                  </span>
                </div>
                <p className="mt-3 text-xs text-slate-600">
                  Prd maintenance:{" "}
                  <span className="font-medium">{formatRange(campaign.maintenanceStart, campaign.maintenanceEnd)}</span>
                </p>
                <div className="mt-4">
                  <EnvironmentProgressList progress={progress} compact />
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
