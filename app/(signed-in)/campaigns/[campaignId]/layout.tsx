import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { CampaignHeader } from "@/components/campaigns/campaign-header";
import { leadOnly, may } from "@/lib/auth/policy";
import { requireMember } from "@/lib/auth/session";
import { getCampaignSummary } from "@/lib/campaigns/queries";

export const dynamic = "force-dynamic";

export default async function CampaignLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ campaignId: string }>;
}) {
  const member = await requireMember();
  const campaign = await getCampaignSummary((await params).campaignId);
  if (!campaign) notFound();
  return (
    <>
      <CampaignHeader campaign={campaign} canManage={may(leadOnly(member, "run the campaign"))} />
      {children}
    </>
  );
}
