import { CampaignList } from "@/components/campaigns/campaign-list";
import { requireMember } from "@/lib/auth/session";
import { listCampaignCards } from "@/lib/campaigns/queries";

// Campaign data changes with every verification: always render from the database.
export const dynamic = "force-dynamic";

export default async function CampaignsPage() {
  const [member, cards] = await Promise.all([requireMember(), listCampaignCards()]);
  return <CampaignList member={member} cards={cards} />;
}
