import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { CampaignHeader } from "@/components/campaigns/campaign-header";
import { getCampaignSummary } from "@/lib/campaigns/queries";

export const dynamic = "force-dynamic";

export default async function CampaignLayout({ children, params }: { children: ReactNode; params: Promise<{ campaignId: string }> }) {
  const campaign = await getCampaignSummary((await params).campaignId);
  if (!campaign) notFound();
  return (
    <>
      <CampaignHeader campaign={campaign} />
      {children}
    </>
  );
}
