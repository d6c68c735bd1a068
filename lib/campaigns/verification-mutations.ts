import "server-only";
import { notify } from "@/lib/notifications/outbox";
import { verificationRefusal } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { defineMutation, refuse } from "@/lib/mutations/define-mutation";
import { getTeamPolicy } from "@/lib/team/settings";
import { diffFields } from "./activity-diff";
import { conflictFor } from "./conflict";
import { assertOpenForChanges } from "./open-for-changes";
import { setVerificationSchema } from "./schemas";
import type { VerificationView } from "./types";
import { VERIFICATION_LABELS, type VerificationStatus } from "./vocabulary";

/** The activity log's subject for one component in one environment. */
export function subjectIdOf(componentId: string, environmentId: string): string {
  return `${componentId}:${environmentId}`;
}

const label = (value: string | undefined) => VERIFICATION_LABELS[(value ?? "pending") as VerificationStatus];

/** Ticks a component's verification in one environment, recording who did it. */
export const setVerification = defineMutation({
  what: "save the verification",
  schema: setVerificationSchema,
  async load(tx, { componentId, environmentId }) {
    const [component, environment, policy] = await Promise.all([
      tx.component.findUnique({
        where: { id: componentId },
        select: { name: true, campaignId: true, ownerId: true, targetVersion: true },
      }),
      tx.environment.findUnique({ where: { id: environmentId }, select: { name: true } }),
      getTeamPolicy(tx),
    ]);
    if (!component) throw refuse("This component was removed by someone else.");
    if (!environment) throw refuse("This environment no longer exists.");
    await assertOpenForChanges(tx, [component.campaignId]);
    return { component, environment, policy };
  },
  authorize: (actor, { component, policy }) => verificationRefusal(actor, component.ownerId, policy),
  async run({ tx, actor, input, subject: { component, environment }, log }): Promise<VerificationView> {
    const { componentId, environmentId, status, note, revision } = input;
    const subjectId = subjectIdOf(componentId, environmentId);
    const subject = `${component.name} on ${environment.name}`;
    const key = { componentId_environmentId: { componentId, environmentId } };
    const existing = await tx.verification.findUnique({ where: key });
    const kept = existing && existing.status === status ? existing.note : "";
    const data = {
      status,
      note: note ?? kept,
      // What was verified: the target now, so a later change of target shows this tick as stale.
      verifiedVersion: component.targetVersion,
      verifiedById: actor.id,
      revision: revision + 1,
    };
    if (existing) {
      const { count } = await tx.verification.updateMany({ where: { id: existing.id, revision }, data });
      if (count === 0) throw await conflictFor(tx, subjectId, subject);
    } else {
      if (revision !== 0) throw await conflictFor(tx, subjectId, subject);
      await tx.verification.create({ data: { ...data, componentId, environmentId } });
    }
    const saved = await tx.verification.findUniqueOrThrow({
      where: key,
      include: { verifiedBy: { select: { id: true, name: true } } },
    });
    await log({
      campaignId: component.campaignId,
      subjectType: "verification",
      subjectId,
      subject,
      changes: diffFields(
        { status: label(existing?.status), note: existing?.note ?? "" },
        { status: label(status), note: data.note },
        { status: "Verification", note: "Note" },
      ),
    });
    if (status === "failed" && component.ownerId && component.ownerId !== actor.id) {
      await notify(
        tx,
        {
          event: "verification-failed",
          key: `${subjectId}@${saved.revision}`,
          subject: `${subject}: verification failed`,
          text: `${actor.name} marked ${subject} as failed${saved.note ? `: ${saved.note}` : "."}`,
          link: `/campaigns/${component.campaignId}/components/${componentId}`,
        },
        [component.ownerId],
      );
    }
    return {
      status,
      note: saved.note,
      verifiedBy: saved.verifiedBy,
      updatedAt: saved.updatedAt,
      revision: saved.revision,
      verifiedVersion: saved.verifiedVersion,
      stale: false,
    };
  },
  // Two first ticks at once: the second insert hits the unique key, and loses like any later save.
  async onUniqueViolation({ componentId, environmentId }) {
    return (await conflictFor(db, subjectIdOf(componentId, environmentId), "this verification")).failure;
  },
});
