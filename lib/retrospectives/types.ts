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
  actionItem: { id: string; title: string; owner: MemberRef | null; dueDate: Date | null } | null;
  createdAt: Date;
};

export type RetrospectiveView = {
  id: string;
  campaignId: string;
  closedAt: Date | null;
  /** Live cards, most votes first. */
  cards: RetroCardView[];
};

export type ChecklistItemView = {
  id: string;
  text: string;
  ownerName: string;
  dueDate: Date | null;
  doneAt: Date | null;
};
