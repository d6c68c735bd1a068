"use server";

import { requireMember } from "@/lib/auth/session";
import { withMember } from "@/lib/auth/with-member";
import { addCard, closeRetrospective, deleteCard, editCard, makeActionItem, mergeCards, setChecklistItem, toggleVote } from "./mutations";
import { getRetrospective } from "./queries";
import type { ActionItemInput, AddCardInput, EditCardInput, MergeCardsInput } from "./schemas";

/* The retrospective's doors: who is signed in, then the mutation, which checks, validates and never throws. */

export async function loadRetrospective(campaignId: string) {
  return getRetrospective(String(campaignId), (await requireMember()).id);
}

export async function addCardAction(input: AddCardInput) {
  return withMember((actor) => addCard(actor, input));
}

export async function editCardAction(input: EditCardInput) {
  return withMember((actor) => editCard(actor, input));
}

export async function deleteCardAction(cardId: string) {
  return withMember((actor) => deleteCard(actor, { cardId }));
}

export async function toggleVoteAction(cardId: string) {
  return withMember((actor) => toggleVote(actor, { cardId }));
}

export async function mergeCardsAction(input: MergeCardsInput) {
  return withMember((actor) => mergeCards(actor, input));
}

export async function makeActionItemAction(input: ActionItemInput) {
  return withMember((actor) => makeActionItem(actor, input));
}

export async function closeRetrospectiveAction(campaignId: string) {
  return withMember((actor) => closeRetrospective(actor, { campaignId }));
}

export async function setChecklistItemAction(itemId: string, done: boolean) {
  return withMember((actor) => setChecklistItem(actor, { itemId, done }));
}
