import "server-only";
import { calendarDay } from "@/lib/calendar-day";
import { db, type Transaction } from "@/lib/db";
import { ConflictError, enforce, guarded, isUniqueViolation, RejectedError } from "@/lib/mutations/guard";
import { leadOnly, retrospectiveWriteRefusal } from "@/lib/auth/policy";
import { failure, invalidInput, success, type ActionResult } from "@/lib/mutations/result";
import { retrospectiveIdOf } from "./queries";
import { actionItemSchema, addCardSchema, cardSchema, checklistItemSchema, closeSchema, editCardSchema, mergeCardsSchema } from "./schemas";
import type { SignedInMember } from "@/lib/auth/member";

const CLOSED = "The retrospective is closed: it is read-only now.";
const refuse = (message: string) => new RejectedError(failure(message));

/** A card of an open retrospective, or the reason there is none. */
async function openCard(tx: Transaction, cardId: string) {
  const card = await tx.retroCard.findUnique({ where: { id: cardId }, include: { retrospective: { select: { closedAt: true } } } });
  if (!card || card.mergedIntoId) throw refuse("This card was merged or removed by someone else.");
  if (card.retrospective.closedAt) throw refuse(CLOSED);
  return card;
}

function ownCard(card: { authorId: string | null }, actor: SignedInMember) {
  if (card.authorId !== actor.id) throw refuse("Only the person who wrote a card can change or delete it.");
}

export async function addCard(actor: SignedInMember, input: unknown): Promise<ActionResult<{ id: string }>> {
  const parsed = addCardSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { campaignId, column, body } = parsed.data;
  return guarded("add the card", async () => {
    enforce(retrospectiveWriteRefusal(actor));
    const retrospectiveId = await retrospectiveIdOf(campaignId);
    if (!retrospectiveId) return failure("This campaign no longer exists.");
    return db.$transaction(async (tx) => {
      const retrospective = await tx.retrospective.findUniqueOrThrow({ where: { id: retrospectiveId } });
      if (retrospective.closedAt) return failure(CLOSED);
      const card = await tx.retroCard.create({ data: { retrospectiveId, column, body, authorId: actor.id } });
      return success({ id: card.id });
    });
  });
}

export async function editCard(actor: SignedInMember, input: unknown): Promise<ActionResult> {
  const parsed = editCardSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { cardId, body, revision } = parsed.data;
  return guarded("save the card", () =>
    db.$transaction(async (tx) => {
      enforce(retrospectiveWriteRefusal(actor));
      ownCard(await openCard(tx, cardId), actor);
      const { count } = await tx.retroCard.updateMany({ where: { id: cardId, revision }, data: { body, revision: { increment: 1 } } });
      if (count === 0) throw new ConflictError("This card changed since you opened it (a merge or another edit): reload to see it.");
      return success(null);
    }),
  );
}

export async function deleteCard(actor: SignedInMember, input: unknown): Promise<ActionResult> {
  const parsed = cardSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return guarded("delete the card", () =>
    db.$transaction(async (tx) => {
      enforce(retrospectiveWriteRefusal(actor));
      ownCard(await openCard(tx, parsed.data.cardId), actor);
      await tx.retroCard.delete({ where: { id: parsed.data.cardId } });
      return success(null);
    }),
  );
}

/** One vote per person per card; a second click takes it back. */
export async function toggleVote(actor: SignedInMember, input: unknown): Promise<ActionResult<{ voted: boolean }>> {
  const parsed = cardSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { cardId } = parsed.data;
  return guarded<{ voted: boolean }>("record the vote", async () => {
    try {
      return await db.$transaction(async (tx) => {
        enforce(retrospectiveWriteRefusal(actor));
        await openCard(tx, cardId);
        const { count } = await tx.retroVote.deleteMany({ where: { cardId, memberId: actor.id } });
        if (count > 0) return success({ voted: false });
        await tx.retroVote.create({ data: { cardId, memberId: actor.id } });
        return success({ voted: true });
      });
    } catch (error) {
      // A double click raced itself: the unique key kept the one vote.
      if (isUniqueViolation(error)) return success({ voted: true });
      throw error;
    }
  });
}

/** Two cards that say the same thing become one: the text is kept, the votes are pooled (still one per person). */
export async function mergeCards(actor: SignedInMember, input: unknown): Promise<ActionResult> {
  const parsed = mergeCardsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { sourceId, targetId } = parsed.data;
  return guarded("merge the cards", () =>
    db.$transaction(async (tx) => {
      enforce(retrospectiveWriteRefusal(actor));
      const [source, target] = [await openCard(tx, sourceId), await openCard(tx, targetId)];
      if (source.retrospectiveId !== target.retrospectiveId || source.column !== target.column) throw refuse("Cards can only be merged within one column.");
      const voters = await tx.retroVote.findMany({ where: { cardId: { in: [sourceId, targetId] } }, select: { memberId: true } });
      await tx.retroVote.deleteMany({ where: { cardId: sourceId } });
      await tx.retroVote.deleteMany({ where: { cardId: targetId } });
      await tx.retroVote.createMany({ data: [...new Set(voters.map((v) => v.memberId))].map((memberId) => ({ cardId: targetId, memberId })) });
      await tx.retroCard.update({ where: { id: targetId }, data: { body: `${target.body}\n\n---\n\n${source.body}`, revision: { increment: 1 } } });
      await tx.retroCard.update({ where: { id: sourceId }, data: { mergedIntoId: targetId, revision: { increment: 1 } } });
      return success(null);
    }),
  );
}

export async function makeActionItem(actor: SignedInMember, input: unknown): Promise<ActionResult> {
  const parsed = actionItemSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { cardId, title, ownerId, dueDate } = parsed.data;
  return guarded("create the action item", () =>
    db.$transaction(async (tx) => {
      enforce(leadOnly(actor, "turn a Try into an action item"));
      const card = await openCard(tx, cardId);
      if (card.column !== "try") throw refuse("Only Try cards become action items.");
      if (ownerId && !(await tx.teamMember.findUnique({ where: { id: ownerId }, select: { id: true } }))) {
        return failure("Some fields need attention; nothing was saved.", { ownerId: ["Choose a member of the team."] });
      }
      const data = { title, ownerId, dueDate: calendarDay(dueDate) };
      await tx.actionItem.upsert({ where: { cardId }, create: { ...data, cardId, retrospectiveId: card.retrospectiveId }, update: data });
      return success(null);
    }),
  );
}

export async function closeRetrospective(actor: SignedInMember, input: unknown): Promise<ActionResult> {
  const parsed = closeSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return guarded("close the retrospective", async () => {
    enforce(leadOnly(actor, "close the retrospective"));
    const id = await retrospectiveIdOf(parsed.data.campaignId);
    if (!id) return failure("This campaign no longer exists.");
    await db.retrospective.updateMany({ where: { id, closedAt: null }, data: { closedAt: new Date() } });
    return success(null);
  });
}

export async function setChecklistItem(actor: SignedInMember, input: unknown): Promise<ActionResult> {
  const parsed = checklistItemSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return guarded("update the checklist", async () => {
    enforce(leadOnly(actor, "tick the campaign checklist"));
    await db.checklistItem.updateMany({ where: { id: parsed.data.itemId }, data: { doneAt: parsed.data.done ? new Date() : null } });
    return success(null);
  });
}

/**
 * The previous campaign's open action items become the new campaign's checklist, once: the
 * (campaign, action item) key refuses a second copy.
 */
export async function carryForwardActionItems(tx: Transaction, previousCampaignId: string, campaignId: string): Promise<number> {
  const items = await tx.actionItem.findMany({
    where: { doneAt: null, retrospective: { campaignId: previousCampaignId } },
    include: { owner: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const existing = new Set((await tx.checklistItem.findMany({ where: { campaignId }, select: { sourceActionItemId: true } })).map((i) => i.sourceActionItemId));
  const fresh = items.filter((item) => !existing.has(item.id));
  for (const item of fresh) {
    await tx.checklistItem.create({ data: { campaignId, text: item.title, ownerName: item.owner?.name ?? "", dueDate: item.dueDate, sourceActionItemId: item.id } });
  }
  return fresh.length;
}
