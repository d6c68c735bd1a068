import { notFound } from "next/navigation";
import { CampaignPlanForm } from "@/components/campaigns/campaign-plan-form";
import { NotAllowed } from "@/components/layout/not-allowed";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { leadOnly } from "@/lib/auth/policy";
import { requireMember } from "@/lib/auth/session";
import { campaignPageTitle, getCampaignSummary, getPhases } from "@/lib/campaigns/queries";

export function generateMetadata({ params }: { params: Promise<{ campaignId: string }> }) {
  return campaignPageTitle(params, "Edit plan");
}

export default async function CampaignPlanPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const [member, { campaignId }] = await Promise.all([requireMember(), params]);
  const refusal = leadOnly(member, "change the campaign's plan");
  if (refusal) return <NotAllowed reason={refusal} back={`/campaigns/${campaignId}`} />;
  const [campaign, phases] = await Promise.all([getCampaignSummary(campaignId), getPhases(campaignId)]);
  if (!campaign) notFound();
  return (
    <Card className="max-w-3xl">
      <CardHeader
        title="Edit the plan"
        description="Every change is in the activity log, before → after. Changing the target of the running campaign re-plans the fleet."
      />
      <CardBody>
        <CampaignPlanForm campaign={campaign} phases={phases} />
      </CardBody>
    </Card>
  );
}
