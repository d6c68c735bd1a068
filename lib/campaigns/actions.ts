"use server";

import { requireMember } from "@/lib/auth/session";
import { withMember } from "@/lib/auth/with-member";
import { advancePhase, createCampaign } from "./campaign-mutations";
import { assignOwner, createComponent, decideBreaking, deleteComponent, updateComponent } from "./component-mutations";
import { getInventory } from "./queries";
import type { AdvancePhaseInput, AssignOwnerInput, BreakingDecisionInput, CreateCampaignInput, CreateComponentInput, SetVerificationInput, UpdateComponentInput } from "./schemas";
import { setVerification } from "./verification-mutations";

/*
 * The server actions the UI calls. Each one is a thin door: who is signed in, then the mutation,
 * which validates its input, checks the policy for that member and returns an ActionResult.
 */

export async function createCampaignAction(input: CreateCampaignInput) {
  return withMember((actor) => createCampaign(actor, input));
}

export async function advancePhaseAction(input: AdvancePhaseInput) {
  return withMember((actor) => advancePhase(actor, input));
}

export async function createComponentAction(input: CreateComponentInput) {
  return withMember((actor) => createComponent(actor, input));
}

export async function updateComponentAction(input: UpdateComponentInput) {
  return withMember((actor) => updateComponent(actor, input));
}

export async function decideBreakingAction(input: BreakingDecisionInput) {
  return withMember((actor) => decideBreaking(actor, input));
}

export async function deleteComponentAction(input: { componentId: string; revision: number }) {
  return withMember((actor) => deleteComponent(actor, input));
}

export async function assignOwnerAction(input: AssignOwnerInput) {
  return withMember((actor) => assignOwner(actor, input));
}

export async function setVerificationAction(input: SetVerificationInput) {
  return withMember((actor) => setVerification(actor, input));
}

/** The read behind react-query: the inventory page polls and refetches through it. */
export async function loadInventory(campaignId: string) {
  await requireMember();
  return getInventory(String(campaignId));
}

