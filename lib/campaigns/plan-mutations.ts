import "server-only";
import { leadOnly } from "@/lib/auth/policy";
import { calendarDay } from "@/lib/calendar-day";
import { defineMutation, conflict, refuse } from "@/lib/mutations/define-mutation";
import { formatDay } from "@/lib/format";
import { diffFields } from "./activity-diff";
import { campaignPlanSchema } from "./schemas";
import type { FieldChange } from "./types";
import { PHASES, PRD_STRATEGY_LABELS, prdStrategyOf } from "./vocabulary";

const day = (date: Date | null) => (date ? formatDay(date) : null);

/**
 * The lead's edit of a campaign after creating it: name, versions, the Prd window and every
 * step's dates, all in one save against the revision the lead saw, each change logged as
 * before -> after. Retargeting the running campaign retargets the live view: that is the point.
 */
export const updateCampaignPlan = defineMutation({
  what: "save the plan",
  schema: campaignPlanSchema,
  async load(tx, { campaignId }) {
    const campaign = await tx.campaign.findUnique({
      where: { id: campaignId },
      include: { phases: { orderBy: { step: "asc" } } },
    });
    if (!campaign) throw refuse("This campaign no longer exists.");
    return campaign;
  },
  authorize: (actor) => leadOnly(actor, "change the campaign's plan"),
  async run({ tx, subject: campaign, input, log }) {
    if (campaign.status === "archived") throw refuse("Restore the campaign before changing its plan.");
    if (campaign.status === "completed")
      throw refuse("This campaign is completed: reopen its last step to change the plan.");
    const maintenanceStart = calendarDay(input.maintenanceStart);
    const maintenanceEnd = calendarDay(input.maintenanceEnd) ?? maintenanceStart;
    const changes: FieldChange[] = diffFields(
      {
        name: campaign.name,
        from: campaign.kubernetesFrom,
        to: campaign.kubernetesTo,
        windowStart: day(campaign.maintenanceStart),
        windowEnd: day(campaign.maintenanceEnd),
        strategy: PRD_STRATEGY_LABELS[prdStrategyOf(campaign.prdStrategy)],
      },
      {
        name: input.name,
        from: input.kubernetesFrom,
        to: input.kubernetesTo,
        windowStart: day(maintenanceStart),
        windowEnd: day(maintenanceEnd),
        strategy: PRD_STRATEGY_LABELS[input.prdStrategy],
      },
      {
        name: "Name",
        from: "Kubernetes from",
        to: "Kubernetes target",
        windowStart: "Prd window start",
        windowEnd: "Prd window end",
        strategy: "Prd strategy",
      },
    );
    const phaseUpdates = input.steps.flatMap((dates) => {
      const phase = campaign.phases.find((p) => p.step === dates.step);
      if (!phase) return [];
      const title = `${dates.step}. ${PHASES[dates.step - 1]?.title ?? "step"}`;
      const planned = { start: calendarDay(dates.plannedStart), end: calendarDay(dates.plannedEnd) };
      const stepChanges = diffFields(
        { start: day(phase.plannedStart), end: day(phase.plannedEnd) },
        { start: day(planned.start), end: day(planned.end) },
        { start: `${title}: start`, end: `${title}: end` },
      );
      changes.push(...stepChanges);
      return stepChanges.length > 0 ? [{ id: phase.id, planned }] : [];
    });
    if (changes.length === 0) return { revision: campaign.revision, changed: 0 };

    // The revision guards the whole plan: a save made against an older one would undo another lead's edit.
    const { count } = await tx.campaign.updateMany({
      where: { id: campaign.id, revision: input.revision },
      data: {
        name: input.name,
        kubernetesFrom: input.kubernetesFrom,
        kubernetesTo: input.kubernetesTo,
        maintenanceStart,
        maintenanceEnd,
        prdStrategy: input.prdStrategy,
        revision: { increment: 1 },
      },
    });
    if (count === 0) throw conflict("Someone changed this plan while you were editing it. Reload to see their change.");
    for (const { id, planned } of phaseUpdates) {
      await tx.campaignPhase.update({ where: { id }, data: { plannedStart: planned.start, plannedEnd: planned.end } });
    }
    await log({
      campaignId: campaign.id,
      subjectType: "campaign",
      subjectId: campaign.id,
      subject: input.name,
      changes,
    });
    return { revision: input.revision + 1, changed: changes.length };
  },
});
