"use server";

import { withActor } from "@/lib/session/with-actor";
import { advancePhase, createCampaign } from "./campaign-mutations";
import { assignOwner, createComponent, decideBreaking, deleteComponent, updateComponent } from "./component-mutations";
import { getInventory } from "./queries";
import type {
  AdvancePhaseInput,
  AssignOwnerInput,
  BreakingDecisionInput,
  CreateCampaignInput,
  CreateComponentInput,
  SetVerificationInput,
  UpdateComponentInput,
} from "./schemas";
import { setVerification } from "./verification-mutations";

/*
 * The server actions the UI calls. Each one is a thin door: who is acting, then the mutation,
 * which validates its input and returns an ActionResult instead of throwing.
 */

export async function createCampaignAction(input: CreateCampaignInput) {
  return withActor((actor) => createCampaign(actor, input));
}

export async function advancePhaseAction(input: AdvancePhaseInput) {
  return withActor((actor) => advancePhase(actor, input));
}

export async function createComponentAction(input: CreateComponentInput) {
  return withActor((actor) => createComponent(actor, input));
}

export async function updateComponentAction(input: UpdateComponentInput) {
  return withActor((actor) => updateComponent(actor, input));
}

export async function decideBreakingAction(input: BreakingDecisionInput) {
  return withActor((actor) => decideBreaking(actor, input));
}

export async function deleteComponentAction(input: { componentId: string; revision: number }) {
  return withActor((actor) => deleteComponent(actor, input));
}

export async function assignOwnerAction(input: AssignOwnerInput) {
  return withActor((actor) => assignOwner(actor, input));
}

export async function setVerificationAction(input: SetVerificationInput) {
  return withActor((actor) => setVerification(actor, input));
}

/** The read behind react-query: the inventory page polls and refetches through it. */
export async function loadInventory(campaignId: string) {
  return getInventory(String(campaignId));
}

