import { leadOnly, may, teamWriteRefusal } from "@/lib/auth/policy";
import { LiveEnvironmentVersion } from "@/components/fleet/live-environment-version";
import { CalendarFeedCard } from "@/components/calendar/calendar-feed-card";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EnvironmentGates } from "@/components/gate/environment-gates";
import { CheckOverride } from "@/components/gate/check-override";
import { ManualChecks } from "@/components/gate/manual-checks";
import { attentionCounts, campaignProgress, currentPhase } from "@/lib/campaigns/progress";
import { unmetForStep } from "@/lib/campaigns/step-readiness";
import type { CampaignOverviewData } from "@/lib/campaigns/queries";
import { ActivityFeed } from "./activity-feed";
import { AttentionSummary } from "./attention-summary";
import { ActionItemsCard } from "./action-items-card";
import { EnvironmentProgressList } from "./environment-progress";
import { PhaseTimeline } from "./phase-timeline";
import type { SignedInMember } from "@/lib/auth/member";
import { overrideOffer, type EnvironmentGate } from "@/lib/gate/environment-gate";
import { OVERRIDABLE_CHECKS } from "@/lib/gate/schemas";

export function CampaignOverview({
  member,
  overview: { inventory, phases, activity, earlierActionItems, calendarPath },
  gates,
}: {
  member: SignedInMember;
  overview: CampaignOverviewData;
  /** Null once the campaign is over: nothing is left to gate. */
  gates: EnvironmentGate[] | null;
}) {
  const isLead = may(leadOnly(member, "run the campaign"));
  const canTick = may(teamWriteRefusal(member));
  const campaign = inventory.campaign;
  const campaignId = campaign.id;
  const progress = campaignProgress(inventory.components, inventory.environments);
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
          {gates ? (
            <EnvironmentGates
              gates={gates}
              action={(gate) => (
                <>
                  {gate.nothingLeft ? null : (
                    <ManualChecks
                      campaignId={campaignId}
                      environment={gate.environment}
                      manualTicks={gate.manualTicks}
                      canTick={canTick && (campaign.status === "running" || campaign.status === "planned")}
                    />
                  )}
                  {isLead && campaign.status === "running" ? (
                    <div className="flex flex-wrap gap-2 [&>form]:w-full">
                      {OVERRIDABLE_CHECKS.map((checkId) => (
                        <CheckOverride
                          key={checkId}
                          campaignId={campaignId}
                          environment={gate.environment}
                          checkId={checkId}
                          offer={overrideOffer(gate, checkId)}
                        />
                      ))}
                    </div>
                  ) : null}
                </>
              )}
            />
          ) : null}
          {earlierActionItems.length > 0 ? (
            <ActionItemsCard
              title="Open action items from earlier retrospectives"
              description="Shown here until their owner or the lead closes them."
              items={earlierActionItems}
              member={member}
            />
          ) : null}
          <Card>
            <CardHeader title="Activity" description="Who changed what, and when." />
            <CardBody>
              <ActivityFeed entries={activity} now={now} />
            </CardBody>
          </Card>
        </div>
        <div className="space-y-6 self-start">
          <Card>
            <CardHeader title="Campaign steps" description="Planned dates; the current step is marked." />
            <CardBody>
              <PhaseTimeline
                campaignId={campaignId}
                phases={phases}
                now={now}
                canAdvance={isLead && campaign.status !== "archived"}
                unmet={unmetForStep(currentPhase(phases)?.step ?? 0, inventory.components, inventory.environments)}
              />
            </CardBody>
          </Card>
          <CalendarFeedCard campaignId={campaignId} path={calendarPath} canRotate={isLead} />
        </div>
      </div>
    </div>
  );
}
