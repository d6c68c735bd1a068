import { notFound } from "next/navigation";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ComponentForm } from "@/components/inventory/component-form";
import { NotAllowed } from "@/components/layout/not-allowed";
import { leadOnly } from "@/lib/auth/policy";
import { requireMember } from "@/lib/auth/session";
import { listTeam } from "@/lib/team/queries";
import { campaignPageTitle, getCampaignSummary } from "@/lib/campaigns/queries";
import { componentPrefill } from "@/lib/discovery/prefill";

export function generateMetadata({ params }: { params: Promise<{ campaignId: string }> }) {
  return campaignPageTitle(params, "New component");
}

export default async function NewComponentPage({
  params,
  searchParams,
}: {
  params: Promise<{ campaignId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [member, { campaignId }, query] = await Promise.all([requireMember(), params, searchParams]);
  const refusal = leadOnly(member, "add components");
  if (refusal) return <NotAllowed reason={refusal} back={`/campaigns/${campaignId}/components`} />;
  const [campaign, team] = await Promise.all([getCampaignSummary(campaignId), listTeam(campaignId)]);
  if (!campaign) notFound();
  return (
    <Card className="max-w-3xl">
      <CardHeader
        title="Add a component"
        description="Anything that has to move with the cluster: node software, add-ons, your own controllers."
      />
      <CardBody>
        <ComponentForm
          mode="create"
          campaignId={campaign.id}
          team={team}
          targetKubernetes={campaign.kubernetesTo}
          canAssignOwner
          prefill={componentPrefill(query)}
        />
      </CardBody>
    </Card>
  );
}
