import "server-only";
import { addHours } from "date-fns";
import { leadOnly } from "@/lib/auth/policy";
import { loadCampaignEnvironment } from "@/lib/campaigns/load-campaign";
import { defineMutation, refuse } from "@/lib/mutations/define-mutation";
import { formatMoment } from "@/lib/format";
import { overrideGateCheckSchema, withdrawOverrideSchema } from "./schemas";

/**
 * The lead lets one check pass for a few hours (an emergency change outside the Prd window), with
 * the reason, in the activity log. The check then warns instead of blocking, and says who and why.
 */
export const overrideGateCheck = defineMutation({
  what: "override the check",
  schema: overrideGateCheckSchema,
  load: loadCampaignEnvironment,
  authorize: (actor) => leadOnly(actor, "override the gate"),
  async run({ tx, actor, subject: { campaign, environment }, input, log }) {
    if (campaign.status !== "running") throw refuse("Only the running campaign's gate can be overridden.");
    const now = new Date();
    const expiresAt = addHours(now, input.hours);
    // One override per check at a time: a new one replaces the one in force.
    await tx.gateOverride.updateMany({
      where: { campaignId: campaign.id, environmentId: environment.id, checkId: input.checkId, revokedAt: null },
      data: { revokedAt: now },
    });
    const override = await tx.gateOverride.create({
      data: {
        campaignId: campaign.id,
        environmentId: environment.id,
        checkId: input.checkId,
        reason: input.reason,
        createdById: actor.id,
        expiresAt,
      },
    });
    await log({
      campaignId: campaign.id,
      subjectType: "gate",
      subjectId: override.id,
      subject: `${environment.name} gate`,
      changes: [
        {
          field: `Override of ${input.checkId}`,
          before: "none",
          after: `until ${formatMoment(expiresAt)}: ${input.reason}`,
        },
      ],
    });
    return { id: override.id, expiresAt };
  },
});

export const withdrawOverride = defineMutation({
  what: "withdraw the override",
  schema: withdrawOverrideSchema,
  async load(tx, { overrideId }) {
    const override = await tx.gateOverride.findUnique({ where: { id: overrideId } });
    if (!override) throw refuse("This override no longer exists.");
    const environment = await tx.environment.findUnique({ where: { id: override.environmentId } });
    return { ...override, environmentName: environment?.name ?? "the environment" };
  },
  authorize: (actor) => leadOnly(actor, "override the gate"),
  async run({ tx, subject: override, log }) {
    if (override.revokedAt) return { id: override.id };
    await tx.gateOverride.update({ where: { id: override.id }, data: { revokedAt: new Date() } });
    await log({
      campaignId: override.campaignId,
      subjectType: "gate",
      subjectId: override.id,
      subject: `${override.environmentName} gate`,
      changes: [{ field: `Override of ${override.checkId}`, before: override.reason, after: "withdrawn" }],
    });
    return { id: override.id };
  },
});
