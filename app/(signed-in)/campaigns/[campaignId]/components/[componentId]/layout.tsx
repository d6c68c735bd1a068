import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { componentInCampaign } from "@/lib/campaigns/queries";

/** Looks the component up before the page's loading state streams, so an unknown id answers 404. */
export default async function ComponentLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ campaignId: string; componentId: string }>;
}) {
  const { campaignId, componentId } = await params;
  if (!(await componentInCampaign(campaignId, componentId))) notFound();
  return children;
}
