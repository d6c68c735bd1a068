import "server-only";
import type { Transaction } from "@/lib/db";
import { refuse } from "@/lib/mutations/define-mutation";

/**
 * A finished campaign is a record: its components, verifications and comments are no longer
 * written (reopening its last step, or restoring it, opens it again).
 */
export async function assertOpenForChanges(tx: Transaction, campaignIds: string[]): Promise<void> {
  const campaigns = await tx.campaign.findMany({
    where: { id: { in: [...new Set(campaignIds)] } },
    select: { name: true, status: true },
  });
  for (const campaign of campaigns) {
    if (campaign.status === "completed")
      throw refuse(`${campaign.name} is completed: reopen its last step to change it.`);
    if (campaign.status === "archived") throw refuse(`${campaign.name} is archived: restore it to change it.`);
  }
}
