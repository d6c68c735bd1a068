import type { KptColumn } from "./schemas";
import type { MemberRef } from "@/lib/auth/member";

export type RetroCardView = {
  id: string;
  column: KptColumn;
  body: string;
  author: MemberRef | null;
  /** Distinct voters across the card and the cards merged into it; null while the lead hides counts. */
  votes: number | null;
  votedByMe: boolean;
  revision: number;
  /** Cards merged into this one, shown under it; each can be taken back out. */
  mergedCards: { id: string; body: string; author: MemberRef | null }[];
  actionItem: ActionItemView | null;
  createdAt: Date;
};

export type RetrospectiveView = {
  id: string;
  campaignId: string;
  closedAt: Date | null;
  /** Cards not merged into another: most votes first once counts are visible, else oldest first. */
  cards: RetroCardView[];
  voteBudget: number;
  votesHidden: boolean;
  /** Counts are shown: never hidden, or revealed by the lead. */
  votesVisible: boolean;
  /** Votes the viewer has cast here. */
  myVotes: number;
};

/** One action item wherever it is shown: its retrospective, later overviews, its owner's home page. */
export type ActionItemView = {
  id: string;
  title: string;
  owner: MemberRef | null;
  dueDate: Date | null;
  doneAt: Date | null;
  doneBy: MemberRef | null;
  /** The campaign whose retrospective it came from. */
  source: { campaignId: string; campaignName: string };
};
