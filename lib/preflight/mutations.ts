import "server-only";
import { teamWriteRefusal } from "@/lib/auth/policy";
import { loadCampaignEnvironment } from "@/lib/campaigns/load-campaign";
import type { Transaction } from "@/lib/db";
import { defineMutation, refuse } from "@/lib/mutations/define-mutation";
import { MANUAL_CHECKS } from "./manual";
import { tickManualCheckSchema, untickManualCheckSchema } from "./schemas";

const titleOf = (item: string) => MANUAL_CHECKS.find((check) => check.id === item)?.title ?? item;

/** The checks of a campaign that is over stay as they were ticked. */
async function loadOpenCampaign(tx: Transaction, input: { campaignId: string; environmentId: string }) {
  const loaded = await loadCampaignEnvironment(tx, input);
  if (loaded.campaign.status === "completed" || loaded.campaign.status === "archived")
    throw refuse("This campaign is over: its checks stay as they were ticked.");
  return loaded;
}

/** Someone did a check no API shows and says so, with the evidence: who and when are kept and logged. */
export const tickManualCheck = defineMutation({
  what: "tick the check",
  schema: tickManualCheckSchema,
  load: loadOpenCampaign,
  authorize: (actor) => teamWriteRefusal(actor),
  async run({ tx, actor, subject: { campaign, environment }, input, log }) {
    const where = {
      campaignId_environmentId_item: { campaignId: campaign.id, environmentId: environment.id, item: input.item },
    };
    const before = await tx.manualCheck.findUnique({ where });
    const tick = await tx.manualCheck.upsert({
      where,
      create: {
        campaignId: campaign.id,
        environmentId: environment.id,
        item: input.item,
        evidence: input.evidence,
        tickedById: actor.id,
      },
      update: { evidence: input.evidence, tickedById: actor.id, tickedAt: new Date() },
    });
    await log({
      campaignId: campaign.id,
      subjectType: "gate",
      subjectId: tick.id,
      subject: `${environment.name}: ${titleOf(input.item)}`,
      changes: [{ field: "Ticked", before: before ? before.evidence : "not ticked", after: input.evidence }],
    });
    return { id: tick.id };
  },
});

/** A tick taken back (the snapshot turned out unusable): the gate blocks on it again. */
export const untickManualCheck = defineMutation({
  what: "take the tick back",
  schema: untickManualCheckSchema,
  load: loadOpenCampaign,
  authorize: (actor) => teamWriteRefusal(actor),
  async run({ tx, subject: { campaign, environment }, input, log }) {
    const where = {
      campaignId_environmentId_item: { campaignId: campaign.id, environmentId: environment.id, item: input.item },
    };
    const before = await tx.manualCheck.findUnique({ where });
    if (!before) return { id: null };
    await tx.manualCheck.delete({ where });
    await log({
      campaignId: campaign.id,
      subjectType: "gate",
      subjectId: before.id,
      subject: `${environment.name}: ${titleOf(input.item)}`,
      changes: [{ field: "Ticked", before: before.evidence, after: "taken back" }],
    });
    return { id: before.id };
  },
});
