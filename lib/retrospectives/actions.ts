"use server";

import { requireMember } from "@/lib/auth/session";
import { asServerAction } from "@/lib/auth/with-member";
import {
  addCard,
  closeActionItem,
  closeRetrospective,
  deleteCard,
  editCard,
  makeActionItem,
  mergeCards,
  noteDraft,
  removeCard,
  revealVotes,
  setVotingRules,
  toggleVote,
  unmergeCard,
} from "./mutations";
import { getRetrospective } from "./queries";

/* The retrospective's server actions: each is its mutation behind the signed-in member. */

export async function loadRetrospective(campaignId: string) {
  return getRetrospective(String(campaignId), (await requireMember()).id);
}

export const addCardAction = asServerAction(addCard);
export const editCardAction = asServerAction(editCard);
export const deleteCardAction = asServerAction(deleteCard);
export const removeCardAction = asServerAction(removeCard);
export const toggleVoteAction = asServerAction(toggleVote);
export const mergeCardsAction = asServerAction(mergeCards);
export const unmergeCardAction = asServerAction(unmergeCard);
export const setVotingRulesAction = asServerAction(setVotingRules);
export const revealVotesAction = asServerAction(revealVotes);
export const makeActionItemAction = asServerAction(makeActionItem);
export const closeRetrospectiveAction = asServerAction(closeRetrospective);
export const closeActionItemAction = asServerAction(closeActionItem);
export const noteDraftAction = asServerAction(noteDraft);
