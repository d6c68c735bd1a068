import { CampaignList } from "@/components/campaigns/campaign-list";
import { requireMember } from "@/lib/auth/session";

// Campaign data changes with every verification: always render from the database.
export const dynamic = "force-dynamic";

export default async function CampaignsPage() {
  return <CampaignList member={await requireMember()} />;
}
