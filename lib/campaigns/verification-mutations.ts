import "server-only";
import { db } from "@/lib/db";
import { enforce, guarded, isUniqueViolation } from "@/lib/mutations/guard";
import { verificationRefusal } from "@/lib/auth/policy";
import { getTeamPolicy } from "@/lib/team/settings";
import { failure, invalidInput, success, type ActionResult } from "@/lib/mutations/result";
import { diffFields } from "./activity-diff";
import { recordActivity } from "./activity-log";
import { conflictFor } from "./conflict";
import { setVerificationSchema } from "./schemas";
import type { VerificationView } from "./types";
import { VERIFICATION_LABELS, type VerificationStatus } from "./vocabulary";
import type { SignedInMember } from "@/lib/auth/member";

/** Ticks a component's verification in one environment, recording who did it. */
export async function setVerification(actor: SignedInMember, input: unknown): Promise<ActionResult<VerificationView>> {
  const parsed = setVerificationSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { componentId, environmentId, status, note, revision } = parsed.data;

  return guarded("save the verification", async () => {
    try {
      return await db.$transaction(async (tx) => {
        const [component, environment, policy] = await Promise.all([
          tx.component.findUnique({ where: { id: componentId }, select: { name: true, campaignId: true, ownerId: true } }),
          tx.environment.findUnique({ where: { id: environmentId }, select: { name: true } }),
          getTeamPolicy(tx),
        ]);
        if (!component) return failure("This component was removed by someone else.");
        enforce(verificationRefusal(actor, component.ownerId, policy));
        if (!environment) return failure("This environment no longer exists.");
        const subject = `${component.name} on ${environment.name}`;

        const key = { componentId_environmentId: { componentId, environmentId } };
        const existing = await tx.verification.findUnique({ where: key });
        const data = { status, note, verifiedById: actor.id, revision: revision + 1 };
        if (existing) {
          const { count } = await tx.verification.updateMany({ where: { id: existing.id, revision }, data });
          if (count === 0) throw await conflictFor(tx, subjectIdOf(componentId, environmentId), subject);
        } else {
          if (revision !== 0) throw await conflictFor(tx, subjectIdOf(componentId, environmentId), subject);
          await tx.verification.create({ data: { ...data, componentId, environmentId } });
        }
        const saved = await tx.verification.findUniqueOrThrow({ where: key, include: { verifiedBy: { select: { id: true, name: true } } } });

        const label = (value: string | undefined) => VERIFICATION_LABELS[(value ?? "pending") as VerificationStatus];
        await recordActivity(tx, {
          campaignId: component.campaignId,
          actorId: actor.id,
          subjectType: "verification",
          subjectId: subjectIdOf(componentId, environmentId),
          subject,
          changes: diffFields(
            { status: label(existing?.status), note: existing?.note ?? "" },
            { status: label(status), note },
            { status: "Verification", note: "Note" },
          ),
        });
        return success({ status, note: saved.note, verifiedBy: saved.verifiedBy, updatedAt: saved.updatedAt, revision: saved.revision });
      });
    } catch (error) {
      // Two first ticks at once: the second insert hits the unique key.
      if (isUniqueViolation(error)) throw await conflictFor(db, subjectIdOf(componentId, environmentId), "this verification");
      throw error;
    }
  });
}

/** The activity log's subject for one component in one environment. */
export function subjectIdOf(componentId: string, environmentId: string): string {
  return `${componentId}:${environmentId}`;
}
