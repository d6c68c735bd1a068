import { ComponentDetails } from "@/components/component-editor/component-details";

export default async function ComponentPage({ params }: { params: Promise<{ campaignId: string; componentId: string }> }) {
  const { campaignId, componentId } = await params;
  return <ComponentDetails campaignId={campaignId} componentId={componentId} />;
}
