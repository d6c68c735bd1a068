"use server";

import { requireMember } from "@/lib/auth/session";
import { asServerAction } from "@/lib/auth/with-member";
import { advancePhase, createCampaign } from "./campaign-mutations";
import { assignOwner, createComponent, decideBreaking, deleteComponent, updateComponent } from "./component-mutations";
import { archiveCampaign, deleteCampaign, reopenPhase, restoreCampaign, startCampaign } from "./lifecycle-mutations";
import { updateCampaignPlan } from "./plan-mutations";
import { inventoryQuerySchema } from "./inventory-page";
import { getInventoryPage, getInventoryTable } from "./queries";
import { setVerification } from "./verification-mutations";

/* The server actions the UI calls: each is its mutation behind the signed-in member (lib/auth/with-member). */

export const createCampaignAction = asServerAction(createCampaign);
export const advancePhaseAction = asServerAction(advancePhase);
export const startCampaignAction = asServerAction(startCampaign);
export const archiveCampaignAction = asServerAction(archiveCampaign);
export const restoreCampaignAction = asServerAction(restoreCampaign);
export const deleteCampaignAction = asServerAction(deleteCampaign);
export const reopenPhaseAction = asServerAction(reopenPhase);
export const updateCampaignPlanAction = asServerAction(updateCampaignPlan);
export const createComponentAction = asServerAction(createComponent);
export const updateComponentAction = asServerAction(updateComponent);
export const decideBreakingAction = asServerAction(decideBreaking);
export const deleteComponentAction = asServerAction(deleteComponent);
export const assignOwnerAction = asServerAction(assignOwner);
export const setVerificationAction = asServerAction(setVerification);

/** The read behind react-query: the environments' drift view polls and refetches through it. */
export async function loadInventory(campaignId: string) {
  await requireMember();
  return getInventoryTable(String(campaignId));
}

/** One page of the inventory, as the table asks for it (and polls); "Mine" is the signed-in member's. */
export async function loadInventoryPage(campaignId: string, query: unknown) {
  const member = await requireMember();
  return getInventoryPage(String(campaignId), inventoryQuerySchema.parse(query ?? {}), member.id);
}
