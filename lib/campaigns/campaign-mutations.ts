import "server-only";
import { calendarDay } from "@/lib/calendar-day";
import { db } from "@/lib/db";
import { enforce, guarded } from "@/lib/mutations/guard";
import { leadOnly } from "@/lib/auth/policy";
import { failure, invalidInput, success, type ActionResult } from "@/lib/mutations/result";
import { carryForwardActionItems } from "@/lib/retrospectives/mutations";
import { recordActivity } from "./activity-log";
import { carryOverInventory } from "./carry-over";
import { planPhases } from "./phase-plan";
import { advancePhaseSchema, createCampaignSchema } from "./schemas";
import { PHASES } from "./vocabulary";
import type { SignedInMember } from "@/lib/auth/member";

export async function createCampaign(actor: SignedInMember, input: unknown): Promise<ActionResult<{ id: string }>> {
  const parsed = createCampaignSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { name, kubernetesFrom, kubernetesTo, previousCampaignId } = parsed.data;
  const start = calendarDay(parsed.data.startDate);
  const maintenanceStart = calendarDay(parsed.data.maintenanceStart);
  const maintenanceEnd = calendarDay(parsed.data.maintenanceEnd) ?? maintenanceStart;

  return guarded("create the campaign", () =>
    db.$transaction(async (tx) => {
      enforce(leadOnly(actor, "create campaigns"));
      const previous = previousCampaignId
        ? await tx.campaign.findUnique({ where: { id: previousCampaignId }, include: { components: { orderBy: { name: "asc" } } } })
        : null;
      if (previousCampaignId && !previous) {
        return failure("Some fields need attention; nothing was saved.", { previousCampaignId: ["That campaign no longer exists."] });
      }
      const campaign = await tx.campaign.create({
        data: {
          name,
          kubernetesFrom,
          kubernetesTo,
          maintenanceStart,
          maintenanceEnd,
          previousCampaignId: previous?.id ?? null,
          phases: {
            create: planPhases(start, maintenanceStart, maintenanceEnd).map((phase) => ({
              ...phase,
              startedAt: phase.step === 1 ? start : null,
            })),
          },
        },
      });
      let carriedActions = 0;
      if (previous) {
        await tx.component.createMany({ data: carryOverInventory(previous.components).map((c) => ({ ...c, campaignId: campaign.id })) });
        carriedActions = await carryForwardActionItems(tx, previous.id, campaign.id);
      }
      await recordActivity(tx, {
        campaignId: campaign.id,
        actorId: actor.id,
        subjectType: "campaign",
        subjectId: campaign.id,
        subject: campaign.name,
        changes: [
          { field: "Campaign", before: "—", after: `created, Kubernetes ${kubernetesFrom} → ${kubernetesTo}` },
          ...(previous ? [{ field: "Inventory", before: "—", after: `${previous.components.length} components from ${previous.name}` }] : []),
          ...(carriedActions > 0 ? [{ field: "Checklist", before: "—", after: `${carriedActions} open action items from the last retrospective` }] : []),
        ],
      });
      return success({ id: campaign.id });
    }),
  );
}

/** Completes the current step and starts the next; completing the last one completes the campaign. */
export async function advancePhase(actor: SignedInMember, input: unknown): Promise<ActionResult<{ step: number }>> {
  const parsed = advancePhaseSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { campaignId, step } = parsed.data;

  return guarded("advance the campaign", () =>
    db.$transaction(async (tx) => {
      enforce(leadOnly(actor, "mark campaign steps done"));
      const current = await tx.campaignPhase.findFirst({ where: { campaignId, completedAt: null }, orderBy: { step: "asc" } });
      if (!current) return failure("Every step of this campaign is already complete.");
      if (current.step !== step) return failure("Someone else moved the campaign on already; reload to see where it stands.");
      const now = new Date();
      await tx.campaignPhase.update({ where: { id: current.id }, data: { completedAt: now, startedAt: current.startedAt ?? now } });
      const last = step === PHASES.length;
      if (last) {
        await tx.campaign.update({ where: { id: campaignId }, data: { completedAt: now } });
      } else {
        await tx.campaignPhase.update({ where: { campaignId_step: { campaignId, step: step + 1 } }, data: { startedAt: now } });
      }
      const title = (n: number) => PHASES.find((p) => p.step === n)?.title ?? `step ${n}`;
      await recordActivity(tx, {
        campaignId,
        actorId: actor.id,
        subjectType: "phase",
        subjectId: campaignId,
        subject: "Campaign phase",
        changes: [{ field: "Phase", before: `${step}. ${title(step)}`, after: last ? "campaign complete" : `${step + 1}. ${title(step + 1)}` }],
      });
      return success({ step: last ? step : step + 1 });
    }),
  );
}
