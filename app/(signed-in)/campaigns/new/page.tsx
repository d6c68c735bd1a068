import { NewCampaignForm } from "@/components/campaigns/new-campaign-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { NotAllowed } from "@/components/layout/not-allowed";
import { leadOnly } from "@/lib/auth/policy";
import { requireMember } from "@/lib/auth/session";
import { listCampaigns } from "@/lib/campaigns/queries";
import { runningComponents } from "@/lib/fleet/queries";

export const dynamic = "force-dynamic";
export const metadata = { title: "New campaign" };

export default async function NewCampaignPage() {
  const refusal = leadOnly(await requireMember(), "create campaigns");
  if (refusal) return <NotAllowed reason={refusal} back="/" />;
  const [campaigns, running] = await Promise.all([listCampaigns(), runningComponents()]);
  return (
    <Card className="mx-auto max-w-2xl">
      <CardHeader
        title="New upgrade campaign"
        description="The eight steps are planned from the start date and the Prd maintenance window."
      />
      <CardBody>
        <NewCampaignForm campaigns={campaigns} running={running} today={new Date().toISOString().slice(0, 10)} />
      </CardBody>
    </Card>
  );
}
