import "server-only";
import type { MemberRef } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { getInventory, getPhases } from "@/lib/campaigns/queries";
import { removedApiNotices } from "@/lib/fleet/removed-apis";
import { clusterUsersReleaseNotes } from "@/lib/reports/markdown";

export type ReleaseNotesView = {
  campaignId: string;
  campaignName: string;
  kubernetesTo: string;
  /** The lead's saved draft, or the notes generated from the inventory before the first save. */
  draft: string;
  /** Generated from the inventory now: the lead can start again from it. */
  generated: string;
  /** 0 until the first save. */
  revision: number;
  published: { text: string; at: Date; by: MemberRef | null } | null;
  /** The draft differs from what readers see. */
  unpublishedChanges: boolean;
};

/** The users' release notes of a campaign; null for an unknown campaign. */
export async function getReleaseNotes(campaignId: string): Promise<ReleaseNotesView | null> {
  // The inventory and the steps only: the campaign report's facts (its whole activity log) are not needed here.
  const [inventory, phases, saved] = await Promise.all([
    getInventory(campaignId),
    getPhases(campaignId),
    db.usersReleaseNotes.findUnique({
      where: { campaignId },
      include: { publishedBy: { select: { id: true, name: true } } },
    }),
  ]);
  if (!inventory) return null;
  const { campaign, components } = inventory;
  // What the clusters hold today matters to a campaign still ahead of them, not to one that is over.
  const live = campaign.status === "planned" || campaign.status === "running";
  const removedApis = live ? await removedApiNotices(campaignId, campaign.kubernetesTo) : [];
  const generated = clusterUsersReleaseNotes(campaign, components, phases, removedApis);
  const draft = saved?.draft ?? generated;
  const published =
    saved?.published != null && saved.publishedAt
      ? { text: saved.published, at: saved.publishedAt, by: saved.publishedBy }
      : null;
  return {
    campaignId,
    campaignName: campaign.name,
    kubernetesTo: campaign.kubernetesTo,
    draft,
    generated,
    revision: saved?.revision ?? 0,
    published,
    unpublishedChanges: published?.text !== draft,
  };
}
