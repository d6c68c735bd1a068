import "server-only";
import { db } from "@/lib/db";
import { enforce, guarded, refusingDuplicates } from "@/lib/mutations/guard";
import { failure, invalidInput, success, type ActionResult } from "@/lib/mutations/result";
import { hashPassword } from "@/lib/auth/password";
import { leadOnly } from "@/lib/auth/policy";
import { handOver } from "@/lib/campaigns/component-mutations";
import { memberRoleSchema, memberSchema, teamMemberSchema, teamPolicySchema } from "@/lib/team/schemas";
import type { SignedInMember } from "@/lib/auth/member";

const MANAGE_TEAM = "manage the team";

export async function addTeamMember(actor: SignedInMember, input: unknown): Promise<ActionResult<{ id: string }>> {
  const parsed = teamMemberSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { password, ...member } = parsed.data;
  return guarded("add the team member", async () => {
    enforce(leadOnly(actor, MANAGE_TEAM));
    const passwordHash = password ? await hashPassword(password) : null;
    return refusingDuplicates(
      () => failure("Some fields need attention; nothing was saved.", { email: ["Someone on the team already has this email."] }),
      async () => {
        const created = await db.teamMember.create({ data: { ...member, email: member.email.toLowerCase(), passwordHash } });
        return success({ id: created.id });
      },
    );
  });
}

/** The lead changes a member's role; the team never ends up without a lead. */
export async function changeMemberRole(actor: SignedInMember, input: unknown): Promise<ActionResult> {
  const parsed = memberRoleSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { memberId, role } = parsed.data;
  return guarded("change the role", () =>
    db.$transaction(async (tx) => {
      enforce(leadOnly(actor, MANAGE_TEAM));
      const { count } = await tx.teamMember.updateMany({ where: { id: memberId, deactivatedAt: null }, data: { role } });
      if (count === 0) return failure("This team member no longer exists.");
      if ((await tx.teamMember.count({ where: { role: "lead", deactivatedAt: null } })) === 0) {
        enforce("The team needs a lead: make someone else lead first.");
      }
      return success(null);
    }),
  );
}

export async function setTeamPolicy(actor: SignedInMember, input: unknown): Promise<ActionResult> {
  const parsed = teamPolicySchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return guarded("save the team setting", async () => {
    enforce(leadOnly(actor, "change the team's settings"));
    await db.teamSettings.upsert({ where: { id: 1 }, create: { id: 1, ...parsed.data }, update: parsed.data });
    return success(null);
  });
}

/**
 * Someone leaves the team: they are signed out and can't sign in again, the components they own
 * in running campaigns go back to unassigned (logged), and their name stays on the history.
 */
export async function removeMember(actor: SignedInMember, input: unknown): Promise<ActionResult<{ unassigned: number }>> {
  const parsed = memberSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { memberId } = parsed.data;
  return guarded("remove the member", () =>
    db.$transaction(async (tx) => {
      enforce(leadOnly(actor, MANAGE_TEAM));
      if (memberId === actor.id) return failure("You can't remove yourself: make someone else lead, and they can.");
      const { count } = await tx.teamMember.updateMany({ where: { id: memberId, deactivatedAt: null }, data: { deactivatedAt: new Date() } });
      if (count === 0) return failure("This member is no longer on the team.");
      await tx.session.deleteMany({ where: { memberId } });
      const owned = await tx.component.findMany({
        where: { ownerId: memberId, campaign: { completedAt: null } },
        include: { owner: { select: { name: true } } },
      });
      return success({ unassigned: await handOver(tx, actor, owned, null) });
    }),
  );
}

export async function restoreMember(actor: SignedInMember, input: unknown): Promise<ActionResult> {
  const parsed = memberSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return guarded("restore the member", async () => {
    enforce(leadOnly(actor, MANAGE_TEAM));
    const { count } = await db.teamMember.updateMany({ where: { id: parsed.data.memberId, deactivatedAt: { not: null } }, data: { deactivatedAt: null } });
    return count === 0 ? failure("This member is already on the team.") : success(null);
  });
}
