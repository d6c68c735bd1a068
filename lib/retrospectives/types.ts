import type { KptColumn } from "./schemas";
import type { MemberRef } from "@/lib/auth/member";

export type RetroCardView = {
  id: string;
  column: KptColumn;
  body: string;
  author: MemberRef | null;
  votes: number;
  votedByMe: boolean;
  revision: number;
  /** Cards merged into this one. */
  merged: number;
  actionItem: ActionItemView | null;
  createdAt: Date;
};

export type RetrospectiveView = {
  id: string;
  campaignId: string;
  closedAt: Date | null;
  /** Live cards, most votes first. */
  cards: RetroCardView[];
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
