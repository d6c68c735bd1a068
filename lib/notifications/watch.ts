import "server-only";
import { addDays } from "date-fns";
import { db, serializable } from "@/lib/db";
import { runningCampaign } from "@/lib/fleet/scans";
import { liveCampaignGates } from "@/lib/gate/queries";
import { formatDay } from "@/lib/format";
import { metrics } from "@/lib/observability/metrics";
import { notify } from "./outbox";

/*
 * What changes without anyone's action, looked at by the background loop: a gate turning open or
 * blocked (the clusters moved), and a step due tomorrow (the calendar moved). Both are told once,
 * also when several replicas look at the same moment.
 */

async function activeMemberIds(): Promise<string[]> {
  const members = await db.teamMember.findMany({ where: { deactivatedAt: null }, select: { id: true } });
  return members.map((member) => member.id);
}

/** Compares each environment's gate of the running campaign with the verdict last seen, and tells a change. */
export async function noticeGateChanges(now = new Date()): Promise<number> {
  const campaign = await runningCampaign();
  if (!campaign) return 0;
  const gates = (await liveCampaignGates(campaign.id, now)) ?? [];
  const memberIds = await activeMemberIds();
  let told = 0;
  for (const gate of gates) {
    const verdict = gate.open ? "open" : "blocked";
    metrics.gateOpen.set({ environment: gate.environment.name }, gate.open ? 1 : 0);
    const key = { campaignId_environmentId: { campaignId: campaign.id, environmentId: gate.environment.id } };
    await serializable(async (tx) => {
      const seen = await tx.gateState.findUnique({ where: key });
      // The first look only remembers: nothing changed that anyone saw.
      if (!seen) {
        await tx.gateState.create({ data: { ...key.campaignId_environmentId, verdict } });
        return;
      }
      if (seen.verdict === verdict) return;
      // Only the replica that moves the verdict on tells it.
      const { count } = await tx.gateState.updateMany({
        where: { ...key.campaignId_environmentId, verdict: seen.verdict },
        data: { verdict, changedAt: now },
      });
      if (count === 0) return;
      told += 1;
      const blockers = gate.campaignChecks.filter((check) => check.verdict === "block").map((check) => check.name);
      await notify(
        tx,
        {
          event: "gate-changed",
          key: `${campaign.id}:${gate.environment.id}@${now.toISOString()}`,
          subject: `${gate.environment.name}: gate ${verdict} (${campaign.name})`,
          text:
            verdict === "open"
              ? `Every check passes: the next step may start on ${gate.environment.name}.`
              : `${gate.environment.name} may not move on${blockers.length > 0 ? `: ${blockers.join(", ")}` : ": a cluster's own check blocks it"}.`,
          link: `/campaigns/${campaign.id}`,
        },
        memberIds,
      );
    });
  }
  return told;
}

/** Tells the team about every step of the running campaign planned to end tomorrow and not done yet. */
export async function noticeStepsDueTomorrow(now = new Date()): Promise<number> {
  const tomorrow = addDays(new Date(`${now.toISOString().slice(0, 10)}T00:00:00.000Z`), 1);
  const phases = await db.campaignPhase.findMany({
    where: { plannedEnd: tomorrow, completedAt: null, campaign: { status: "running" } },
    include: { campaign: { select: { name: true } } },
  });
  if (phases.length === 0) return 0;
  const memberIds = await activeMemberIds();
  await serializable(async (tx) => {
    for (const phase of phases) {
      await notify(
        tx,
        {
          event: "step-due",
          key: `${phase.id}@${tomorrow.toISOString().slice(0, 10)}`,
          subject: `Due tomorrow: step ${phase.step} of ${phase.campaign.name}`,
          text: `Step ${phase.step} is planned to end on ${formatDay(tomorrow)}.`,
          link: `/campaigns/${phase.campaignId}`,
        },
        memberIds,
      );
    }
  });
  return phases.length;
}
