import { ComponentDetails } from "@/components/inventory/component-details";
import { requireMember } from "@/lib/auth/session";

export default async function ComponentPage({ params }: { params: Promise<{ campaignId: string; componentId: string }> }) {
  const [member, { campaignId, componentId }] = await Promise.all([requireMember(), params]);
  return <ComponentDetails campaignId={campaignId} componentId={componentId} member={member} />;
}
