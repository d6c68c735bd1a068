import "server-only";
import { actionItemRefusal, leadOnly, teamWriteRefusal } from "@/lib/auth/policy";
import type { SignedInMember } from "@/lib/auth/member";
import { calendarDay } from "@/lib/calendar-day";
import { db, type Transaction } from "@/lib/db";
import { diffFields } from "@/lib/campaigns/activity-diff";
import { formatDay } from "@/lib/format";
import { conflict, defineMutation, refuse } from "@/lib/mutations/define-mutation";
import { failure, success } from "@/lib/mutations/result";
import { assertOnTeam } from "@/lib/team/membership";
import { retrospectiveIdOf } from "./queries";
import {
  actionItemSchema,
  addCardSchema,
  cardSchema,
  closeActionItemSchema,
  closeRetrospectiveSchema,
  closeSchema,
  draftSchema,
  editCardSchema,
  KPT_LABELS,
  mergeCardsSchema,
  votingRulesSchema,
  type KptColumn,
} from "./schemas";

const CLOSED = "The retrospective is closed: it is read-only now.";

/** The campaign's retrospective inside a mutation, or the refusal for a campaign deleted meanwhile. */
async function retrospectiveOf(tx: Transaction, campaignId: string): Promise<string> {
  const id = await retrospectiveIdOf(campaignId, tx);
  if (!id) throw refuse("This campaign no longer exists.");
  return id;
}

/** A card of an open retrospective, or the reason there is none. */
async function openCard(tx: Transaction, cardId: string) {
  const card = await tx.retroCard.findUnique({
    where: { id: cardId },
    include: { retrospective: { select: { closedAt: true } } },
  });
  if (!card || card.mergedIntoId) throw refuse("This card was merged or removed by someone else.");
  if (card.retrospective.closedAt) throw refuse(CLOSED);
  return card;
}

/** Cards are their writer's: a viewer reads the viewer's sentence first, anyone else the author rule. */
const ownCardRefusal = (actor: SignedInMember, card: { authorId: string | null }) =>
  teamWriteRefusal(actor) ??
  (card.authorId === actor.id ? null : "Only the person who wrote a card can change or delete it.");

export const addCard = defineMutation({
  what: "add the card",
  schema: addCardSchema,
  authorize: (actor) => teamWriteRefusal(actor),
  async run({ tx, actor, input: { campaignId, column, body } }) {
    const retrospectiveId = await retrospectiveOf(tx, campaignId);
    const retrospective = await tx.retrospective.findUniqueOrThrow({ where: { id: retrospectiveId } });
    if (retrospective.closedAt) throw refuse(CLOSED);
    const card = await tx.retroCard.create({ data: { retrospectiveId, column, body, authorId: actor.id } });
    return { id: card.id };
  },
});

export const editCard = defineMutation({
  what: "save the card",
  schema: editCardSchema,
  load: (tx, input) => openCard(tx, input.cardId),
  authorize: ownCardRefusal,
  async run({ tx, input: { cardId, body, revision } }) {
    const { count } = await tx.retroCard.updateMany({
      where: { id: cardId, revision },
      data: { body, revision: { increment: 1 } },
    });
    if (count === 0)
      throw conflict("This card changed since you opened it (a merge or another edit): reload to see it.");
    return null;
  },
});

export const deleteCard = defineMutation({
  what: "delete the card",
  schema: cardSchema,
  load: (tx, input) => openCard(tx, input.cardId),
  authorize: ownCardRefusal,
  async run({ tx, input: { cardId } }) {
    // Cards merged into this one say something else than nothing: they come back on their own.
    await tx.retroCard.updateMany({ where: { mergedIntoId: cardId }, data: { mergedIntoId: null } });
    await tx.retroCard.delete({ where: { id: cardId } });
    return null;
  },
});

/** The lead takes a card off the board (off-topic, a duplicate nobody merged), with the cards merged into it; logged. */
export const removeCard = defineMutation({
  what: "remove the card",
  schema: cardSchema,
  load: (tx, input) => openCard(tx, input.cardId),
  authorize: (actor) => leadOnly(actor, "remove cards from the retrospective"),
  async run({ tx, subject: card, log }) {
    const { campaignId } = await tx.retrospective.findUniqueOrThrow({ where: { id: card.retrospectiveId } });
    const merged = await tx.retroCard.count({ where: { mergedIntoId: card.id } });
    await tx.retroCard.deleteMany({ where: { OR: [{ id: card.id }, { mergedIntoId: card.id }] } });
    await log({
      campaignId,
      subjectType: "retro-card",
      subjectId: card.id,
      subject: `${KPT_LABELS[card.column as KptColumn] ?? "Retrospective"} card`,
      changes: [
        {
          field: "Card",
          before: card.body.length > 80 ? `${card.body.slice(0, 79)}…` : card.body,
          after: merged > 0 ? `removed, with ${merged} merged into it` : "removed",
        },
      ],
    });
    return null;
  },
});

/** A card and the cards merged into it: one vote per person across them. */
async function cardGroup(tx: Transaction, cardId: string): Promise<string[]> {
  const merged = await tx.retroCard.findMany({ where: { mergedIntoId: cardId }, select: { id: true } });
  return [cardId, ...merged.map((c) => c.id)];
}

/**
 * One vote per person per card (a second click takes it back), within the person's budget. Each
 * vote takes a free numbered slot up to the budget; the (retrospective, member, slot) key means
 * two votes sent at once cannot both take the last one.
 */
export const toggleVote = defineMutation({
  what: "record the vote",
  schema: cardSchema,
  load: (tx, input) => openCard(tx, input.cardId),
  authorize: (actor) => teamWriteRefusal(actor),
  async run({ tx, actor, input: { cardId }, subject: card }) {
    const group = await cardGroup(tx, cardId);
    const { count } = await tx.retroVote.deleteMany({ where: { cardId: { in: group }, memberId: actor.id } });
    if (count > 0) return { voted: false };
    const { voteBudget } = await tx.retrospective.findUniqueOrThrow({ where: { id: card.retrospectiveId } });
    const used = await tx.retroVote.findMany({
      where: { retrospectiveId: card.retrospectiveId, memberId: actor.id },
      select: { slot: true },
    });
    const taken = new Set(used.map((vote) => vote.slot));
    const slot = Array.from({ length: voteBudget }, (_, i) => i + 1).find((n) => !taken.has(n));
    if (used.length >= voteBudget || slot === undefined)
      throw refuse(`You have used all ${voteBudget} of your votes: take one back to vote for this card.`);
    await tx.retroVote.create({
      data: { cardId, memberId: actor.id, retrospectiveId: card.retrospectiveId, slot },
    });
    return { voted: true };
  },
  // Two clicks raced: on one card the unique key kept the one vote; across cards the slot key kept the budget.
  async onUniqueViolation({ cardId }, actor) {
    const counted = await db.retroVote.count({ where: { cardId, memberId: actor.id } });
    return counted > 0
      ? success({ voted: true })
      : failure("Another of your votes was counted at the same moment and took your last one.");
  },
});

/**
 * Two cards that say the same thing become one: the chosen card stays, the other shows under it
 * and its votes count for it (one per person). Undone by `unmergeCard`: nothing is rewritten.
 */
export const mergeCards = defineMutation({
  what: "merge the cards",
  schema: mergeCardsSchema,
  load: async (tx, { sourceId, targetId }) => ({
    source: await openCard(tx, sourceId),
    target: await openCard(tx, targetId),
  }),
  authorize: (actor) => teamWriteRefusal(actor),
  async run({ tx, input: { sourceId, targetId }, subject: { source, target } }) {
    if (source.retrospectiveId !== target.retrospectiveId || source.column !== target.column)
      throw refuse("Cards can only be merged within one column.");
    // Whatever was merged into the source now sits under the target: one level, so undo stays simple.
    await tx.retroCard.updateMany({ where: { mergedIntoId: sourceId }, data: { mergedIntoId: targetId } });
    await tx.retroCard.update({
      where: { id: sourceId },
      data: { mergedIntoId: targetId, revision: { increment: 1 } },
    });
    await tx.retroCard.update({ where: { id: targetId }, data: { revision: { increment: 1 } } });
    return null;
  },
});

/** Takes a merged card back out, with its own votes. */
export const unmergeCard = defineMutation({
  what: "undo the merge",
  schema: cardSchema,
  async load(tx, { cardId }) {
    const card = await tx.retroCard.findUnique({
      where: { id: cardId },
      include: { retrospective: { select: { closedAt: true } } },
    });
    if (!card?.mergedIntoId) throw refuse("This card is not merged into another any more.");
    if (card.retrospective.closedAt) throw refuse(CLOSED);
    return card;
  },
  authorize: (actor) => teamWriteRefusal(actor),
  async run({ tx, subject: card }) {
    await tx.retroCard.update({ where: { id: card.id }, data: { mergedIntoId: null, revision: { increment: 1 } } });
    await tx.retroCard.update({ where: { id: card.mergedIntoId! }, data: { revision: { increment: 1 } } });
    return null;
  },
});

/** The lead's voting rules: how many votes each person has, and whether counts stay hidden until revealed. */
export const setVotingRules = defineMutation({
  what: "save the voting rules",
  schema: votingRulesSchema,
  authorize: (actor) => leadOnly(actor, "set the voting rules"),
  async run({ tx, input: { campaignId, voteBudget, votesHidden } }) {
    const id = await retrospectiveOf(tx, campaignId);
    const { count } = await tx.retrospective.updateMany({
      where: { id, closedAt: null },
      data: { voteBudget, votesHidden, ...(votesHidden ? {} : { votesRevealedAt: null }) },
    });
    if (count === 0) throw refuse(CLOSED);
    return null;
  },
});

export const revealVotes = defineMutation({
  what: "reveal the votes",
  schema: closeSchema,
  authorize: (actor) => leadOnly(actor, "reveal the votes"),
  async run({ tx, input: { campaignId } }) {
    const id = await retrospectiveOf(tx, campaignId);
    await tx.retrospective.updateMany({ where: { id, votesRevealedAt: null }, data: { votesRevealedAt: new Date() } });
    return null;
  },
});

export const makeActionItem = defineMutation({
  what: "create the action item",
  schema: actionItemSchema,
  load: (tx, input) => openCard(tx, input.cardId),
  authorize: (actor) => leadOnly(actor, "turn a Try into an action item"),
  async run({ tx, input: { cardId, title, ownerId, dueDate }, subject: card, log }) {
    if (card.column !== "try") throw refuse("Only Try cards become action items.");
    await assertOnTeam(tx, ownerId);
    const data = { title, ownerId, dueDate: calendarDay(dueDate) };
    const before = await tx.actionItem.findUnique({ where: { cardId }, include: { owner: true } });
    const item = await tx.actionItem.upsert({
      where: { cardId },
      create: { ...data, cardId, retrospectiveId: card.retrospectiveId },
      update: data,
      include: { owner: true, retrospective: { select: { campaignId: true } } },
    });
    const day = (date: Date | null | undefined) => (date ? formatDay(date) : null);
    await log({
      campaignId: item.retrospective.campaignId,
      subjectType: "action-item",
      subjectId: item.id,
      subject: item.title,
      changes: diffFields(
        { title: before?.title ?? null, owner: before?.owner?.name ?? null, due: day(before?.dueDate) },
        { title: item.title, owner: item.owner?.name ?? null, due: day(item.dueDate) },
        { title: "Action item", owner: "Owner", due: "Due" },
      ),
    });
    return null;
  },
});

/** A draft refreshed this recently means someone is still typing. */
const DRAFTING_MS = 20_000;

/**
 * Closes the retrospective. While others are typing a card it answers with their names instead,
 * unless the lead closes anyway (`force`): their drafts stay on their screens either way.
 */
export const closeRetrospective = defineMutation({
  what: "close the retrospective",
  schema: closeRetrospectiveSchema,
  authorize: (actor) => leadOnly(actor, "close the retrospective"),
  async run({ tx, actor, input: { campaignId, force } }) {
    const id = await retrospectiveOf(tx, campaignId);
    if (!force) {
      const writing = await tx.retroDraft.findMany({
        where: {
          retrospectiveId: id,
          memberId: { not: actor.id },
          updatedAt: { gt: new Date(Date.now() - DRAFTING_MS) },
        },
        include: { member: { select: { name: true } } },
      });
      if (writing.length > 0)
        throw refuse(
          `${writing.map((draft) => draft.member.name).join(" and ")} ${writing.length === 1 ? "is" : "are"} still writing a card.`,
          { force: ["Close anyway? Their drafts stay on their screens, but can no longer be added."] },
        );
    }
    await tx.retrospective.updateMany({ where: { id, closedAt: null }, data: { closedAt: new Date() } });
    await tx.retroDraft.deleteMany({ where: { retrospectiveId: id } });
    return null;
  },
});

/** "I am typing a card" (or, with `drafting: false`, no longer): what the lead is warned of before closing. */
export const noteDraft = defineMutation({
  what: "note the draft",
  schema: draftSchema,
  authorize: (actor) => teamWriteRefusal(actor),
  async run({ tx, actor, input: { campaignId, drafting } }) {
    const retrospectiveId = await retrospectiveOf(tx, campaignId);
    const key = { retrospectiveId_memberId: { retrospectiveId, memberId: actor.id } };
    if (drafting)
      await tx.retroDraft.upsert({
        where: key,
        create: { retrospectiveId, memberId: actor.id, updatedAt: new Date() },
        update: { updatedAt: new Date() },
      });
    else await tx.retroDraft.deleteMany({ where: { retrospectiveId, memberId: actor.id } });
    return null;
  },
});

/**
 * Closes (or reopens) an action item, by its owner or the lead, from wherever it is shown: it is
 * one record, so its retrospective, every later overview and the exports agree. Logged in the
 * campaign it came from, which is its history.
 */
export const closeActionItem = defineMutation({
  what: "update the action item",
  schema: closeActionItemSchema,
  async load(tx, { actionItemId }) {
    const item = await tx.actionItem.findUnique({
      where: { id: actionItemId },
      include: { retrospective: { select: { campaignId: true } } },
    });
    if (!item) throw refuse("This action item no longer exists.");
    return item;
  },
  authorize: (actor, item) => actionItemRefusal(actor, item.ownerId),
  async run({ tx, actor, input: { done }, subject: item, log }) {
    if ((item.doneAt !== null) === done) return { done };
    await tx.actionItem.update({
      where: { id: item.id },
      data: done ? { doneAt: new Date(), doneById: actor.id } : { doneAt: null, doneById: null },
    });
    await log({
      campaignId: item.retrospective.campaignId,
      subjectType: "action-item",
      subjectId: item.id,
      subject: item.title,
      changes: [{ field: "Action item", before: done ? "open" : "done", after: done ? "done" : "reopened" }],
    });
    return { done };
  },
});
