import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { checkPassword } from "@/lib/auth/local-accounts";
import { hashPassword } from "@/lib/auth/password";
import { REMOVED_FROM_TEAM } from "@/lib/auth/policy";
import { currentMember, startSession } from "@/lib/auth/session";
import { assignOwner } from "@/lib/campaigns/component-mutations";
import { listActivity } from "@/lib/campaigns/queries";
import { createMember, createScenario, expectOk } from "@/lib/testing/scenario";
import { sessionCookies } from "@/lib/testing/session-cookies";
import { addTeamMember, changeMemberRole, removeMember, restoreMember } from "./mutations";
import { listFormerMembers, listTeam } from "@/lib/team/queries";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookies")).sessionCookies.module);

describe("addTeamMember", () => {
  it("adds a member with the email lower-cased", async () => {
    const { id } = expectOk(
      await addTeamMember(await createMember("lead"), {
        name: "Sora Ito",
        email: "Sora.Ito@Example.com",
        role: "engineer",
      }),
    );
    expect(await db.teamMember.findUnique({ where: { id } })).toMatchObject({
      email: "sora.ito@example.com",
      role: "engineer",
    });
  });

  it("refuses a second member with the same email, next to the email field", async () => {
    const lead = await createMember("lead");
    expectOk(await addTeamMember(lead, { name: "Yui Mori", email: "yui@example.com", role: "lead" }));
    const count = await db.teamMember.count();
    const again = await addTeamMember(lead, { name: "Yui M.", email: "YUI@example.com", role: "viewer" });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.fieldErrors?.email).toEqual(["Someone on the team already has this email."]);
    expect(await db.teamMember.count()).toBe(count);
  });

  it("refuses an unknown role and a malformed email", async () => {
    const result = await addTeamMember(await createMember("lead"), {
      name: "X",
      email: "not-an-email",
      role: "admin" as never,
    });
    expect(!result.ok && Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["email", "role"]);
  });
});

describe("removing a member", () => {
  it("signs them out for good, unassigns their components in running campaigns only, and keeps their name on the history", async () => {
    sessionCookies.clear();
    const world = await createScenario();
    const finished = await db.campaign.create({
      data: { name: "Old", kubernetesFrom: "1.28", kubernetesTo: "1.31", status: "completed", completedAt: new Date() },
    });
    const oldComponent = await db.component.create({
      data: {
        campaignId: finished.id,
        name: "Old add-on",
        category: "addon-helm",
        currentVersion: "1.0.0",
        ownerId: world.engineer.id,
      },
    });
    await db.teamMember.update({
      where: { id: world.engineer.id },
      data: { passwordHash: await hashPassword("ren-password-1") },
    });
    await startSession(world.engineer.id);
    expect(await currentMember()).toMatchObject({ id: world.engineer.id });

    expect(expectOk(await removeMember(world.lead, { memberId: world.engineer.id }))).toEqual({ unassigned: 1 });

    expect(await currentMember()).toBeNull();
    expect(await db.session.count({ where: { memberId: world.engineer.id } })).toBe(0);
    const { email } = await db.teamMember.findUniqueOrThrow({ where: { id: world.engineer.id } });
    const signIn = await checkPassword({ email, password: "ren-password-1" }, "198.51.100.9");
    expect(!signIn.ok && signIn.message).toBe(REMOVED_FROM_TEAM);
    expect((await db.component.findUniqueOrThrow({ where: { id: world.argocd.id } })).ownerId).toBeNull();
    expect((await db.component.findUniqueOrThrow({ where: { id: oldComponent.id } })).ownerId).toBe(world.engineer.id);
    const [entry] = await listActivity(world.campaignId, { subjectId: world.argocd.id });
    expect(entry?.changes).toEqual([{ field: "Owner", before: "Ren Engineer", after: "—" }]);
    expect((await listTeam()).map((m) => m.id)).not.toContain(world.engineer.id);
    expect((await listFormerMembers()).map((m) => m.id)).toContain(world.engineer.id);

    // Not offered as an owner any more, and not assignable by a forged request either.
    const assign = await assignOwner(world.lead, { componentIds: [world.argocd.id], ownerId: world.engineer.id });
    expect(!assign.ok && assign.fieldErrors?.ownerId).toEqual(["Choose a member of the team."]);

    expectOk(await restoreMember(world.lead, { memberId: world.engineer.id }));
    expect((await checkPassword({ email, password: "ren-password-1" }, "198.51.100.9")).ok).toBe(true);
  });

  it("refuses to remove yourself, or to leave the team without a lead", async () => {
    const lead = await createMember("lead");
    const self = await removeMember(lead, { memberId: lead.id });
    expect(!self.ok && self.message).toMatch(/can't remove yourself/);

    await db.teamMember.updateMany({ where: { role: "lead", id: { not: lead.id } }, data: { role: "engineer" } });
    const demote = await changeMemberRole(lead, { memberId: lead.id, role: "engineer" });
    expect(!demote.ok && demote.message).toBe("The team needs a lead: make someone else lead first.");
    expect((await db.teamMember.findUniqueOrThrow({ where: { id: lead.id } })).role).toBe("lead");
  });
});
