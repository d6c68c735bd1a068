import "server-only";
import type { Transaction } from "@/lib/db";
import { isOneOf } from "@/lib/is-one-of";
import { refuse } from "@/lib/mutations/define-mutation";
import { CAMPAIGN_STATUSES } from "./vocabulary";

/** A mutation's campaign, as the `load` step reads it, or the refusal for one deleted meanwhile. */
export async function loadCampaign(tx: Transaction, { campaignId }: { campaignId: string }) {
  const campaign = await tx.campaign.findUnique({ where: { id: campaignId } });
  if (!campaign) throw refuse("This campaign no longer exists.");
  return { ...campaign, status: isOneOf(CAMPAIGN_STATUSES, campaign.status) ? campaign.status : "planned" };
}

/** A mutation's campaign and one environment of it (a gate's subject), or the refusal for either deleted meanwhile. */
export async function loadCampaignEnvironment(
  tx: Transaction,
  { campaignId, environmentId }: { campaignId: string; environmentId: string },
) {
  const [campaign, environment] = await Promise.all([
    tx.campaign.findUnique({ where: { id: campaignId }, select: { id: true, status: true } }),
    tx.environment.findUnique({ where: { id: environmentId }, select: { id: true, name: true } }),
  ]);
  if (!campaign || !environment) throw refuse("This campaign or environment no longer exists.");
  return { campaign, environment };
}
