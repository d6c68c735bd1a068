import "server-only";
import { notify } from "@/lib/notifications/outbox";
import { calendarDay } from "@/lib/calendar-day";
import { leadOnly } from "@/lib/auth/policy";
import { defineMutation, refuse, refuseField } from "@/lib/mutations/define-mutation";
import { runningComponents } from "@/lib/fleet/queries";
import { sameName } from "@/lib/validation/fields";
import { carryOverInventory } from "./carry-over";
import { planPhases } from "./phase-plan";
import { advancePhaseSchema, createCampaignSchema } from "./schemas";
import { PHASES, RETROSPECTIVE_STEP } from "./vocabulary";

export const createCampaign = defineMutation({
  what: "create the campaign",
  schema: createCampaignSchema,
  // What runs comes from the latest scan, read before the transaction: the browser only names what to add.
  prepare: (input) => (input.addRunning.length > 0 ? runningComponents() : Promise.resolve([])),
  authorize: (actor) => leadOnly(actor, "create campaigns"),
  async run({ tx, input, log, prepared: running }) {
    const { name, kubernetesFrom, kubernetesTo, previousCampaignId } = input;
    const start = calendarDay(input.startDate);
    const maintenanceStart = calendarDay(input.maintenanceStart);
    const maintenanceEnd = calendarDay(input.maintenanceEnd) ?? maintenanceStart;
    const previous = previousCampaignId
      ? await tx.campaign.findUnique({
          where: { id: previousCampaignId },
          include: { components: { orderBy: { name: "asc" } } },
        })
      : null;
    if (previousCampaignId && !previous) throw refuseField("previousCampaignId", "That campaign no longer exists.");
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
    const carried = previous ? carryOverInventory(previous.components) : [];
    // Added from what runs: only what the lead ticked, and never a second of a carried-over name.
    const found = running.filter(
      (component) =>
        input.addRunning.includes(component.name) && !carried.some((c) => sameName(c.name, component.name)),
    );
    await tx.component.createMany({
      data: [
        ...carried,
        ...found.map((component) => ({
          name: component.name,
          category: component.category,
          currentVersion: component.currentVersion,
          targetVersion: null,
          ownerId: null,
          matchKind: component.rule.kind,
          matchValue: component.rule.value,
        })),
      ].map((c) => ({ ...c, campaignId: campaign.id })),
    });
    await log({
      campaignId: campaign.id,
      subjectType: "campaign",
      subjectId: campaign.id,
      subject: campaign.name,
      changes: [
        { field: "Campaign", before: "—", after: `created, Kubernetes ${kubernetesFrom} → ${kubernetesTo}` },
        ...(previous
          ? [
              {
                field: "Inventory",
                before: "—",
                after: `${previous.components.length} components from ${previous.name}`,
              },
            ]
          : []),
        ...(found.length > 0
          ? [
              {
                field: "Inventory",
                before: "—",
                after: `${found.length} found running: ${found.map((c) => c.name).join(", ")}`,
              },
            ]
          : []),
      ],
    });
    return { id: campaign.id };
  },
});

const phaseTitle = (n: number) => PHASES.find((p) => p.step === n)?.title ?? `step ${n}`;

/** Completes the current step and starts the next; completing the last one completes the campaign. */
export const advancePhase = defineMutation({
  what: "advance the campaign",
  schema: advancePhaseSchema,
  authorize: (actor) => leadOnly(actor, "mark campaign steps done"),
  async run({ tx, input: { campaignId, step }, log }) {
    const current = await tx.campaignPhase.findFirst({
      where: { campaignId, completedAt: null },
      orderBy: { step: "asc" },
    });
    if (!current) throw refuse("Every step of this campaign is already complete.");
    if (current.step !== step)
      throw refuse("Someone else moved the campaign on already; reload to see where it stands.");
    const now = new Date();
    await tx.campaignPhase.update({
      where: { id: current.id },
      data: { completedAt: now, startedAt: current.startedAt ?? now },
    });
    const last = step === PHASES.length;
    if (last) {
      await tx.campaign.update({ where: { id: campaignId }, data: { completedAt: now, status: "completed" } });
    } else {
      await tx.campaignPhase.update({
        where: { campaignId_step: { campaignId, step: step + 1 } },
        data: { startedAt: now },
      });
    }
    await log({
      campaignId,
      subjectType: "phase",
      subjectId: campaignId,
      subject: "Campaign phase",
      changes: [
        {
          field: "Phase",
          before: `${step}. ${phaseTitle(step)}`,
          after: last ? "campaign complete" : `${step + 1}. ${phaseTitle(step + 1)}`,
        },
      ],
    });
    if (step + 1 === RETROSPECTIVE_STEP) {
      const [campaign, members] = await Promise.all([
        tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { name: true } }),
        tx.teamMember.findMany({ where: { deactivatedAt: null }, select: { id: true } }),
      ]);
      await notify(
        tx,
        {
          event: "retrospective-open",
          key: `${campaignId}@${now.toISOString()}`,
          subject: `${campaign.name}: the retrospective is open`,
          text: "Prd is done. Write what to keep, what was a problem and what to try next time, then vote.",
          link: `/campaigns/${campaignId}/retrospective`,
        },
        members.map((member) => member.id),
      );
    }
    return { step: last ? step : step + 1 };
  },
});
