import "server-only";
import type { MemberRef } from "@/lib/auth/member";
import type { Transaction } from "@/lib/db";
import { refuseField } from "@/lib/mutations/define-mutation";

/**
 * The one check that a member given work (a component, an action item) is on the team now:
 * removed members are refused like unknown ones. Answers with the member, or null for nobody.
 */
export async function assertOnTeam(
  tx: Transaction,
  memberId: string | null,
  field = "ownerId",
): Promise<MemberRef | null> {
  if (memberId === null) return null;
  const member = await tx.teamMember.findUnique({
    where: { id: memberId },
    select: { id: true, name: true, deactivatedAt: true },
  });
  if (!member || member.deactivatedAt) throw refuseField(field, "Choose a member of the team.");
  return { id: member.id, name: member.name };
}
