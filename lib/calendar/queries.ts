import "server-only";
import { getCampaignSummary, getPhases } from "@/lib/campaigns/queries";
import { db } from "@/lib/db";

/** The campaign whose feed address carries this secret, with its steps; null for an unknown or rotated one. */
export async function calendarByToken(token: string) {
  const row = await db.campaign.findUnique({ where: { calendarToken: token }, select: { id: true } });
  if (!row) return null;
  const [campaign, phases] = await Promise.all([getCampaignSummary(row.id), getPhases(row.id)]);
  return campaign ? { campaign, phases } : null;
}
