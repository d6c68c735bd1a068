import "server-only";
import { log } from "@/lib/observability/log";
import { hashPassword } from "@/lib/auth/password";
import { leadOnly, type Member } from "@/lib/auth/policy";
import { handOver } from "@/lib/campaigns/component-mutations";
import { UNFINISHED } from "@/lib/campaigns/vocabulary";
import { defineMutation, refuse } from "@/lib/mutations/define-mutation";
import { fieldFailure } from "@/lib/mutations/result";
import { memberRoleSchema, memberSchema, teamMemberSchema, teamPolicySchema } from "./schemas";

const MANAGE_TEAM = "manage the team";
const manageTeam = (actor: Member) => leadOnly(actor, MANAGE_TEAM);

export const addTeamMember = defineMutation({
  what: "add the team member",
  schema: teamMemberSchema,
  // Hashed before the transaction: a deliberately slow hash must not hold the database.
  prepare: async ({ password }) => (password ? await hashPassword(password) : null),
  authorize: manageTeam,
  onUniqueViolation: () => fieldFailure("email", "Someone on the team already has this email."),
  async run({ tx, input: { password: _password, ...member }, prepared: passwordHash }) {
    const created = await tx.teamMember.create({
      data: { ...member, email: member.email.toLowerCase(), passwordHash },
    });
    return { id: created.id };
  },
});

/** The lead changes a member's role; the team never ends up without a lead. */
export const changeMemberRole = defineMutation({
  what: "change the role",
  schema: memberRoleSchema,
  authorize: manageTeam,
  async run({ tx, actor, input: { memberId, role } }) {
    const before = await tx.teamMember.findFirst({ where: { id: memberId, deactivatedAt: null } });
    if (!before) throw refuse("This team member no longer exists.");
    await tx.teamMember.update({ where: { id: memberId }, data: { role } });
    if ((await tx.teamMember.count({ where: { role: "lead", deactivatedAt: null } })) === 0) {
      throw refuse("The team needs a lead: make someone else lead first.");
    }
    // Roles are who may do what: every change is in the server's log, whoever made it.
    if (before.role !== role)
      log.info("member.role-changed", { email: before.email, before: before.role, role, by: actor.name });
    return null;
  },
});

export const setTeamPolicy = defineMutation({
  what: "save the team setting",
  schema: teamPolicySchema,
  authorize: (actor) => leadOnly(actor, "change the team's settings"),
  async run({ tx, input }) {
    await tx.teamSettings.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input });
    return null;
  },
});

/**
 * Someone leaves the team: they are signed out and can't sign in again, the components they own
 * in running campaigns go back to unassigned (logged), and their name stays on the history.
 */
export const removeMember = defineMutation({
  what: "remove the member",
  schema: memberSchema,
  authorize: manageTeam,
  async run({ tx, actor, input: { memberId }, log }) {
    if (memberId === actor.id) throw refuse("You can't remove yourself: make someone else lead, and they can.");
    const { count } = await tx.teamMember.updateMany({
      where: { id: memberId, deactivatedAt: null },
      data: { deactivatedAt: new Date() },
    });
    if (count === 0) throw refuse("This member is no longer on the team.");
    await tx.session.deleteMany({ where: { memberId } });
    const owned = await tx.component.findMany({
      where: { ownerId: memberId, campaign: { status: { in: [...UNFINISHED] } } },
      include: { owner: { select: { name: true } } },
    });
    return { unassigned: await handOver({ tx, log }, owned, null) };
  },
});

export const restoreMember = defineMutation({
  what: "restore the member",
  schema: memberSchema,
  authorize: manageTeam,
  async run({ tx, input: { memberId } }) {
    const { count } = await tx.teamMember.updateMany({
      where: { id: memberId, deactivatedAt: { not: null } },
      data: { deactivatedAt: null },
    });
    if (count === 0) throw refuse("This member is already on the team.");
    return null;
  },
});
