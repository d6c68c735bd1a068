import { notFound } from "next/navigation";
import { ComponentDetails } from "@/components/inventory/component-details";
import { requireMember } from "@/lib/auth/session";
import { campaignPageTitle, getComponentPage } from "@/lib/campaigns/queries";

export function generateMetadata({ params }: { params: Promise<{ campaignId: string; componentId: string }> }) {
  return campaignPageTitle(params, null);
}

export default async function ComponentPage({
  params,
}: {
  params: Promise<{ campaignId: string; componentId: string }>;
}) {
  const [member, { campaignId, componentId }] = await Promise.all([requireMember(), params]);
  const page = await getComponentPage(campaignId, componentId);
  if (!page) notFound();
  return <ComponentDetails member={member} page={page} />;
}
