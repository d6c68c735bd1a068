import "server-only";
import { actionItemRefusal, leadOnly, retrospectiveWriteRefusal } from "@/lib/auth/policy";
import type { SignedInMember } from "@/lib/auth/member";
import { calendarDay } from "@/lib/calendar-day";
import type { Transaction } from "@/lib/db";
import { diffFields } from "@/lib/campaigns/activity-diff";
import { formatDay } from "@/lib/format";
import { conflict, defineMutation, refuse } from "@/lib/mutations/define-mutation";
import { success } from "@/lib/mutations/result";
import { assertOnTeam } from "@/lib/team/membership";
import { retrospectiveIdOf } from "./queries";
import {
  actionItemSchema,
  addCardSchema,
  cardSchema,
  closeActionItemSchema,
  closeSchema,
  editCardSchema,
  mergeCardsSchema,
} from "./schemas";

const CLOSED = "The retrospective is closed: it is read-only now.";

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
  retrospectiveWriteRefusal(actor) ??
  (card.authorId === actor.id ? null : "Only the person who wrote a card can change or delete it.");

export const addCard = defineMutation({
  what: "add the card",
  schema: addCardSchema,
  authorize: (actor) => retrospectiveWriteRefusal(actor),
  async run({ tx, actor, input: { campaignId, column, body } }) {
    const retrospectiveId = await retrospectiveIdOf(campaignId, tx);
    if (!retrospectiveId) throw refuse("This campaign no longer exists.");
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
    await tx.retroCard.delete({ where: { id: cardId } });
    return null;
  },
});

/** One vote per person per card; a second click takes it back. */
export const toggleVote = defineMutation({
  what: "record the vote",
  schema: cardSchema,
  load: (tx, input) => openCard(tx, input.cardId),
  authorize: (actor) => retrospectiveWriteRefusal(actor),
  async run({ tx, actor, input: { cardId } }) {
    const { count } = await tx.retroVote.deleteMany({ where: { cardId, memberId: actor.id } });
    if (count > 0) return { voted: false };
    await tx.retroVote.create({ data: { cardId, memberId: actor.id } });
    return { voted: true };
  },
  // A double click raced itself: the unique key kept the one vote.
  onUniqueViolation: () => success({ voted: true }),
});

/** Two cards that say the same thing become one: the text is kept, the votes are pooled (still one per person). */
export const mergeCards = defineMutation({
  what: "merge the cards",
  schema: mergeCardsSchema,
  load: async (tx, { sourceId, targetId }) => ({
    source: await openCard(tx, sourceId),
    target: await openCard(tx, targetId),
  }),
  authorize: (actor) => retrospectiveWriteRefusal(actor),
  async run({ tx, input: { sourceId, targetId }, subject: { source, target } }) {
    if (source.retrospectiveId !== target.retrospectiveId || source.column !== target.column)
      throw refuse("Cards can only be merged within one column.");
    const voters = await tx.retroVote.findMany({
      where: { cardId: { in: [sourceId, targetId] } },
      select: { memberId: true },
    });
    await tx.retroVote.deleteMany({ where: { cardId: { in: [sourceId, targetId] } } });
    await tx.retroVote.createMany({
      data: [...new Set(voters.map((v) => v.memberId))].map((memberId) => ({ cardId: targetId, memberId })),
    });
    await tx.retroCard.update({
      where: { id: targetId },
      data: { body: `${target.body}\n\n---\n\n${source.body}`, revision: { increment: 1 } },
    });
    await tx.retroCard.update({
      where: { id: sourceId },
      data: { mergedIntoId: targetId, revision: { increment: 1 } },
    });
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

export const closeRetrospective = defineMutation({
  what: "close the retrospective",
  schema: closeSchema,
  authorize: (actor) => leadOnly(actor, "close the retrospective"),
  async run({ tx, input: { campaignId } }) {
    const id = await retrospectiveIdOf(campaignId, tx);
    if (!id) throw refuse("This campaign no longer exists.");
    await tx.retrospective.updateMany({ where: { id, closedAt: null }, data: { closedAt: new Date() } });
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
