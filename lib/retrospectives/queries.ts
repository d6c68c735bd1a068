import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, type Transaction } from "@/lib/db";
import { KPT_COLUMNS } from "./schemas";
import type { ActionItemView, RetroCardView, RetrospectiveView } from "./types";
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
          actionItem: { include: actionItemInclude },
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const votesVisible = !retrospective.votesHidden || retrospective.votesRevealedAt !== null;
  const mergedUnder = (id: string) => retrospective.cards.filter((card) => card.mergedIntoId === id);
  const cards: RetroCardView[] = retrospective.cards
    .filter((card) => card.mergedIntoId === null)
    .map((card) => {
      const group = [card, ...mergedUnder(card.id)];
      const voters = new Set(group.flatMap((c) => c.votes.map((vote) => vote.memberId)));
      return {
        id: card.id,
        column: isOneOf(KPT_COLUMNS, card.column) ? card.column : "keep",
        body: card.body,
        author: card.author,
        votes: votesVisible ? voters.size : null,
        votedByMe: viewerId !== null && voters.has(viewerId),
        revision: card.revision,
        mergedCards: mergedUnder(card.id).map(({ id, body, author }) => ({ id, body, author })),
        actionItem: card.actionItem ? toActionItemView(card.actionItem) : null,
        createdAt: card.createdAt,
      };
    })
    .sort(
      (a, b) => (votesVisible ? (b.votes ?? 0) - (a.votes ?? 0) : 0) || a.createdAt.getTime() - b.createdAt.getTime(),
    );
  return {
    id: retrospective.id,
    campaignId,
    closedAt: retrospective.closedAt,
    cards,
    voteBudget: retrospective.voteBudget,
    votesHidden: retrospective.votesHidden,
    votesVisible,
    myVotes: retrospective.cards.flatMap((card) => card.votes).filter((vote) => vote.memberId === viewerId).length,
  };
}

const actionItemInclude = {
  owner: { select: { id: true, name: true } },
  doneBy: { select: { id: true, name: true } },
  retrospective: { select: { campaign: { select: { id: true, name: true } } } },
} satisfies Prisma.ActionItemInclude;

function toActionItemView(row: Prisma.ActionItemGetPayload<{ include: typeof actionItemInclude }>): ActionItemView {
  return {
    id: row.id,
    title: row.title,
    owner: row.owner,
    dueDate: row.dueDate,
    doneAt: row.doneAt,
    doneBy: row.doneBy,
    source: { campaignId: row.retrospective.campaign.id, campaignName: row.retrospective.campaign.name },
  };
}

const dueFirst = [
  { dueDate: { sort: "asc", nulls: "last" } },
  { createdAt: "asc" },
] satisfies Prisma.ActionItemOrderByWithRelationInput[];

/**
 * Every still-open action item of any retrospective before this campaign: shown on its overview
 * until someone closes it, however many campaigns ago it was written.
 */
export async function openActionItemsBefore(campaignId: string): Promise<ActionItemView[]> {
  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: { createdAt: true } });
  if (!campaign) return [];
  const rows = await db.actionItem.findMany({
    where: {
      doneAt: null,
      retrospective: { campaign: { id: { not: campaignId }, createdAt: { lt: campaign.createdAt } } },
    },
    include: actionItemInclude,
    orderBy: dueFirst,
  });
  return rows.map(toActionItemView);
}

/** A member's open action items, for their home page. */
export async function openActionItemsOwnedBy(memberId: string): Promise<ActionItemView[]> {
  const rows = await db.actionItem.findMany({
    where: { doneAt: null, ownerId: memberId },
    include: actionItemInclude,
    orderBy: dueFirst,
  });
  return rows.map(toActionItemView);
}
