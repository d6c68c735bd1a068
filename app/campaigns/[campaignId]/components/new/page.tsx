import { notFound } from "next/navigation";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ComponentForm } from "@/components/component-editor/component-form";
import { getCampaignSummary, listTeam } from "@/lib/campaigns/queries";

export default async function NewComponentPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const { campaignId } = await params;
  const [campaign, team] = await Promise.all([getCampaignSummary(campaignId), listTeam(campaignId)]);
  if (!campaign) notFound();
  return (
    <Card className="max-w-3xl">
      <CardHeader title="Add a component" description="Anything that has to move with the cluster: node software, add-ons, your own controllers." />
      <CardBody>
        <ComponentForm mode="create" campaignId={campaign.id} team={team} targetKubernetes={campaign.kubernetesTo} />
      </CardBody>
    </Card>
  );
}
