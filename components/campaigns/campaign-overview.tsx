import Link from "next/link";
import { leadOnly, may } from "@/lib/auth/policy";
import { LiveEnvironmentVersion } from "@/components/fleet/live-environment-version";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { attentionCounts, campaignProgress, nextPromotion, verificationOf } from "@/lib/campaigns/progress";
import type { CampaignOverviewData } from "@/lib/campaigns/queries";
import { VERIFICATION_LABELS } from "@/lib/campaigns/vocabulary";
import { ActivityFeed } from "./activity-feed";
import { AttentionSummary } from "./attention-summary";
import { ChecklistCard } from "./checklist-card";
import { EnvironmentProgressList } from "./environment-progress";
import { PhaseTimeline } from "./phase-timeline";
import { VERIFICATION_TONES } from "./verification-tones";
import type { SignedInMember } from "@/lib/auth/member";

const BLOCKERS_SHOWN = 8;

export function CampaignOverview({
  member,
  overview: { inventory, phases, activity, checklist },
}: {
  member: SignedInMember;
  overview: CampaignOverviewData;
}) {
  const isLead = may(leadOnly(member, "run the campaign"));
  const campaignId = inventory.campaign.id;
  const progress = campaignProgress(inventory.components, inventory.environments);
  const promotion = nextPromotion(progress);
  const now = new Date();

  return (
    <div className="space-y-6">
      <AttentionSummary campaignId={campaignId} attention={attentionCounts(inventory.components)} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader
              title="Verification by environment"
              description="Settled means verified or skipped; a component moves on once it is settled. Beside each environment: what its clusters run now."
            />
            <CardBody>
              <EnvironmentProgressList
                progress={progress}
                aside={(environmentId) => <LiveEnvironmentVersion environmentId={environmentId} />}
              />
            </CardBody>
          </Card>
          {promotion ? (
            <Card>
              <CardHeader
                title={
                  promotion.next
                    ? `What holds back ${promotion.next.name}`
                    : `Left to settle on ${promotion.current.environment.name}`
                }
                description={`${promotion.current.blockers.length} components are not yet settled on ${promotion.current.environment.name}.`}
                action={
                  <Link
                    href={`/campaigns/${campaignId}/components?filter=blocking`}
                    className="text-xs font-medium text-indigo-700 hover:underline"
                  >
                    Open in inventory
                  </Link>
                }
              />
              <ul className="divide-y divide-slate-100">
                {promotion.current.blockers.slice(0, BLOCKERS_SHOWN).map((component) => {
                  const { status } = verificationOf(component, promotion.current.environment.id);
                  return (
                    <li key={component.id} className="flex items-center justify-between gap-3 px-5 py-2 text-sm">
                      <Link
                        href={`/campaigns/${campaignId}/components/${component.id}`}
                        className="font-medium text-slate-800 hover:text-indigo-700"
                      >
                        {component.name}
                      </Link>
                      <span className="flex items-center gap-3">
                        <span className="text-xs text-slate-500">{component.owner?.name ?? "no owner"}</span>
                        <Badge tone={VERIFICATION_TONES[status]}>{VERIFICATION_LABELS[status]}</Badge>
                      </span>
                    </li>
                  );
                })}
              </ul>
              {promotion.current.blockers.length > BLOCKERS_SHOWN ? (
                <p className="border-t border-slate-100 px-5 py-2 text-xs text-slate-500">
                  and {promotion.current.blockers.length - BLOCKERS_SHOWN} more
                </p>
              ) : null}
            </Card>
          ) : (
            <Card className="px-5 py-4 text-sm text-emerald-800">Every component is settled in every environment.</Card>
          )}
          {checklist.length > 0 ? <ChecklistCard items={checklist} canTick={isLead} /> : null}
          <Card>
            <CardHeader title="Activity" description="Who changed what, and when." />
            <CardBody>
              <ActivityFeed entries={activity} now={now} />
            </CardBody>
          </Card>
        </div>
        <Card className="self-start">
          <CardHeader title="Campaign steps" description="Planned dates; the current step is marked." />
          <CardBody>
            <PhaseTimeline campaignId={campaignId} phases={phases} now={now} canAdvance={isLead} />
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
