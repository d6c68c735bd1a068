import { CampaignList } from "@/components/campaigns/campaign-list";

// Campaign data changes with every verification: always render from the database.
export const dynamic = "force-dynamic";

export default function CampaignsPage() {
  return <CampaignList />;
}
