"use server";

import { getActingMember } from "@/lib/session/acting-member";
import { withActor } from "@/lib/session/with-actor";
import { addCard, closeRetrospective, deleteCard, editCard, makeActionItem, mergeCards, setChecklistItem, toggleVote } from "./mutations";
import { getRetrospective } from "./queries";
import type { ActionItemInput, AddCardInput, EditCardInput, MergeCardsInput } from "./schemas";

/* The retrospective's doors: who is acting, then the mutation, which validates and never throws. */

export async function loadRetrospective(campaignId: string) {
  return getRetrospective(String(campaignId), (await getActingMember())?.id ?? null);
}

export async function addCardAction(input: AddCardInput) {
  return withActor((actor) => addCard(actor, input));
}

export async function editCardAction(input: EditCardInput) {
  return withActor((actor) => editCard(actor, input));
}

export async function deleteCardAction(cardId: string) {
  return withActor((actor) => deleteCard(actor, { cardId }));
}

export async function toggleVoteAction(cardId: string) {
  return withActor((actor) => toggleVote(actor, { cardId }));
}

export async function mergeCardsAction(input: MergeCardsInput) {
  return withActor((actor) => mergeCards(actor, input));
}

export async function makeActionItemAction(input: ActionItemInput) {
  return withActor((actor) => makeActionItem(actor, input));
}

export async function closeRetrospectiveAction(campaignId: string) {
  return withActor((actor) => closeRetrospective(actor, { campaignId }));
}

export async function setChecklistItemAction(itemId: string, done: boolean) {
  return setChecklistItem({ itemId, done });
}
