import "server-only";
import { log } from "@/lib/observability/log";
import { leadOnly } from "@/lib/auth/policy";
import type { Transaction } from "@/lib/db";
import { defineMutation, refuse, refuseField } from "@/lib/mutations/define-mutation";
import { failure } from "@/lib/mutations/result";
import { loadCampaign } from "./load-campaign";
import {
  archiveCampaignSchema,
  deleteCampaignSchema,
  reopenPhaseSchema,
  restoreCampaignSchema,
  startCampaignSchema,
} from "./schemas";
import { CAMPAIGN_STATUS_LABELS, PHASES, type CampaignStatus } from "./vocabulary";

/*
 * A campaign's life: planned -> running -> completed, archived from anywhere. Only the running
 * campaign drives the live view (its target, its skew records), so starting one is the lead's
 * deliberate act and at most one runs: the check below answers in words, and a partial unique
 * index in the database keeps it true when two leads click at once.
 */

async function refuseIfAnotherRuns(tx: Transaction, campaignId: string) {
  const running = await tx.campaign.findFirst({ where: { status: "running", id: { not: campaignId } } });
  if (running) throw refuse(anotherRuns(running.name));
}
/** The database's answer when another start won the race. */
const startedMeanwhile = () => failure("Another campaign was started a moment ago. Only one campaign runs at a time.");
const anotherRuns = (name: string) =>
  `"${name}" is running. Only one campaign runs at a time: complete or archive it first.`;

function statusChange(campaign: { id: string; name: string }, before: CampaignStatus, after: CampaignStatus) {
  return {
    campaignId: campaign.id,
    subjectType: "campaign" as const,
    subjectId: campaign.id,
    subject: campaign.name,
    changes: [{ field: "Status", before: CAMPAIGN_STATUS_LABELS[before], after: CAMPAIGN_STATUS_LABELS[after] }],
  };
}

export const startCampaign = defineMutation({
  what: "start the campaign",
  schema: startCampaignSchema,
  load: loadCampaign,
  authorize: (actor) => leadOnly(actor, "start campaigns"),
  async run({ tx, subject: campaign, log }) {
    if (campaign.status !== "planned")
      throw refuse(`Only a planned campaign can be started; this one is ${campaign.status}.`);
    await refuseIfAnotherRuns(tx, campaign.id);
    await tx.campaign.update({
      where: { id: campaign.id },
      data: { status: "running", startedAt: new Date(), revision: { increment: 1 } },
    });
    await log(statusChange(campaign, "planned", "running"));
    return { status: "running" as const };
  },
  onUniqueViolation: startedMeanwhile,
});

export const archiveCampaign = defineMutation({
  what: "archive the campaign",
  schema: archiveCampaignSchema,
  load: loadCampaign,
  authorize: (actor) => leadOnly(actor, "archive campaigns"),
  async run({ tx, subject: campaign, log }) {
    if (campaign.status === "archived") throw refuse("This campaign is archived already.");
    await tx.campaign.update({
      where: { id: campaign.id },
      data: { status: "archived", archivedAt: new Date(), revision: { increment: 1 } },
    });
    await log(statusChange(campaign, campaign.status, "archived"));
    return { status: "archived" as const };
  },
});

/** Back from the archive to where it stood: completed if it was, planned otherwise (never running by itself). */
export const restoreCampaign = defineMutation({
  what: "restore the campaign",
  schema: restoreCampaignSchema,
  load: loadCampaign,
  authorize: (actor) => leadOnly(actor, "restore campaigns"),
  async run({ tx, subject: campaign, log }) {
    if (campaign.status !== "archived") throw refuse("Only an archived campaign can be restored.");
    const status = campaign.completedAt ? "completed" : "planned";
    await tx.campaign.update({
      where: { id: campaign.id },
      data: { status, archivedAt: null, revision: { increment: 1 } },
    });
    await log(statusChange(campaign, "archived", status));
    return { status };
  },
});

/** Gone for good, with everything in it: only with the name typed out, and never the running campaign. */
export const deleteCampaign = defineMutation({
  what: "delete the campaign",
  schema: deleteCampaignSchema,
  load: loadCampaign,
  authorize: (actor) => leadOnly(actor, "delete campaigns"),
  async run({ tx, subject: campaign, input }) {
    if (campaign.status === "running")
      throw refuse("The running campaign cannot be deleted: complete or archive it first.");
    if (input.confirmation !== campaign.name)
      throw refuseField("confirmation", `Type the campaign's name, ${campaign.name}, to delete it.`);
    await tx.campaign.delete({ where: { id: campaign.id } });
    // Its activity log goes with it, so the deletion is kept in the server's log.
    log.info("campaign.deleted", { campaignId: campaign.id, name: campaign.name });
    return { deleted: campaign.id };
  },
});

const phaseTitle = (n: number) => PHASES.find((p) => p.step === n)?.title ?? `step ${n}`;

/**
 * Takes back the last "mark done": the step is current again and the one after it not started.
 * Reopening the retrospective of a completed campaign makes it run again, if nothing else runs.
 */
export const reopenPhase = defineMutation({
  what: "reopen the step",
  schema: reopenPhaseSchema,
  load: loadCampaign,
  authorize: (actor) => leadOnly(actor, "reopen campaign steps"),
  async run({ tx, subject: campaign, input: { step }, log }) {
    if (campaign.status === "archived") throw refuse("Restore the campaign before reopening a step.");
    const lastDone = await tx.campaignPhase.findFirst({
      where: { campaignId: campaign.id, completedAt: { not: null } },
      orderBy: { step: "desc" },
    });
    if (!lastDone || lastDone.step !== step)
      throw refuse("Only the step done last can be reopened; reload to see where the campaign stands.");
    await tx.campaignPhase.update({ where: { id: lastDone.id }, data: { completedAt: null } });
    await tx.campaignPhase.updateMany({
      where: { campaignId: campaign.id, step: step + 1, completedAt: null },
      data: { startedAt: null },
    });
    if (campaign.status === "completed") {
      await refuseIfAnotherRuns(tx, campaign.id);
      await tx.campaign.update({
        where: { id: campaign.id },
        data: { status: "running", completedAt: null, revision: { increment: 1 } },
      });
      await log(statusChange(campaign, "completed", "running"));
    }
    await log({
      campaignId: campaign.id,
      subjectType: "phase",
      subjectId: campaign.id,
      subject: "Campaign phase",
      changes: [{ field: `${step}. ${phaseTitle(step)}`, before: "done", after: "reopened" }],
    });
    return { step };
  },
  onUniqueViolation: startedMeanwhile,
});
