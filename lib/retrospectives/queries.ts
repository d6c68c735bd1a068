import "server-only";
import { db, type Transaction } from "@/lib/db";
import { KPT_COLUMNS } from "./schemas";
import type { ChecklistItemView, RetroCardView, RetrospectiveView } from "./types";
import { isOneOf } from "@/lib/is-one-of";

/**
 * Every campaign has its retrospective; it comes into being the first time someone opens it.
 * The board polls this every few seconds, so the usual case is one read, not a write.
 */
export async function retrospectiveIdOf(
  campaignId: string,
  client: Transaction | typeof db = db,
): Promise<string | null> {
  const existing = await client.retrospective.findUnique({ where: { campaignId }, select: { id: true } });
  if (existing) return existing.id;
  const campaign = await client.campaign.findUnique({ where: { id: campaignId }, select: { id: true } });
  if (!campaign) return null;
  // Upsert: two people opening a new retrospective at once must not create two.
  const retrospective = await client.retrospective.upsert({
    where: { campaignId },
    create: { campaignId },
    update: {},
    select: { id: true },
  });
  return retrospective.id;
}

export async function getRetrospective(campaignId: string, viewerId: string | null): Promise<RetrospectiveView | null> {
  const id = await retrospectiveIdOf(campaignId);
  if (!id) return null;
  const retrospective = await db.retrospective.findUniqueOrThrow({
    where: { id },
    include: {
      cards: {
        include: {
          author: { select: { id: true, name: true } },
          votes: { select: { memberId: true } },
          actionItem: { include: { owner: { select: { id: true, name: true } } } },
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const mergedInto = new Map<string, number>();
  for (const card of retrospective.cards)
    if (card.mergedIntoId) mergedInto.set(card.mergedIntoId, (mergedInto.get(card.mergedIntoId) ?? 0) + 1);
  const cards: RetroCardView[] = retrospective.cards
    .filter((card) => card.mergedIntoId === null)
    .map((card) => ({
      id: card.id,
      column: isOneOf(KPT_COLUMNS, card.column) ? card.column : "keep",
      body: card.body,
      author: card.author,
      votes: card.votes.length,
      votedByMe: viewerId !== null && card.votes.some((vote) => vote.memberId === viewerId),
      revision: card.revision,
      merged: mergedInto.get(card.id) ?? 0,
      actionItem: card.actionItem
        ? {
            id: card.actionItem.id,
            title: card.actionItem.title,
            owner: card.actionItem.owner,
            dueDate: card.actionItem.dueDate,
          }
        : null,
      createdAt: card.createdAt,
    }))
    .sort((a, b) => b.votes - a.votes || a.createdAt.getTime() - b.createdAt.getTime());
  return { id: retrospective.id, campaignId, closedAt: retrospective.closedAt, cards };
}

export async function listChecklist(campaignId: string): Promise<ChecklistItemView[]> {
  return db.checklistItem.findMany({
    where: { campaignId },
    orderBy: { createdAt: "asc" },
    select: { id: true, text: true, ownerName: true, dueDate: true, doneAt: true },
  });
}
