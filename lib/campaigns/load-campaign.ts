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
