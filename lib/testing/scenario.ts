import { db } from "@/lib/db";
import { ARGOCD_INPUT } from "./argocd-input";
import { createCampaign } from "@/lib/campaigns/campaign-mutations";
import { createComponent } from "@/lib/campaigns/component-mutations";
import type { ComponentView } from "@/lib/campaigns/types";
import type { ActionResult } from "@/lib/mutations/result";
import type { SignedInMember } from "@/lib/auth/member";
import type { Role } from "@/lib/auth/roles";

/** Unwraps a result a test expects to succeed, failing loudly with the message otherwise. */
export function expectOk<T>(result: ActionResult<T>): T {
  if (!result.ok)
    throw new Error(`expected success, got: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

/** A member of the team as the server sees them once signed in. */
export async function createMember(
  role: Role,
  name = `${role} ${Math.random().toString(36).slice(2, 8)}`,
): Promise<SignedInMember> {
  const member = await db.teamMember.create({
    data: { name, email: `${name.replace(/\W+/g, ".")}@example.com`.toLowerCase(), role },
  });
  return { id: member.id, name: member.name, role };
}

export type Scenario = {
  lead: SignedInMember;
  engineer: SignedInMember;
  environments: { dev: string; stg: string; prd: string };
  campaignId: string;
  argocd: ComponentView;
};

/** A team of two, Dev/Stg/Prd, a campaign and one component the engineer owns: the smallest world a mutation needs. */
export async function createScenario(): Promise<Scenario> {
  const suffix = Math.random().toString(36).slice(2, 8);
  const [lead, engineer] = await Promise.all([
    db.teamMember.create({ data: { name: "Haruka Lead", email: `lead-${suffix}@example.com`, role: "lead" } }),
    db.teamMember.create({ data: { name: "Ren Engineer", email: `ren-${suffix}@example.com`, role: "engineer" } }),
  ]);
  const existing = await db.environment.findMany();
  const environments =
    existing.length > 0
      ? existing
      : await Promise.all(
          ["Dev", "Stg", "Prd"].map((name, position) => db.environment.create({ data: { name, position } })),
        );
  const byName = (name: string) => environments.find((e) => e.name === name)!.id;
  const leadActor = { id: lead.id, name: lead.name, role: "lead" as const };
  const { id: campaignId } = expectOk(
    await createCampaign(leadActor, {
      name: `2026 upgrade ${suffix}`,
      kubernetesFrom: "1.31",
      kubernetesTo: "1.34",
      startDate: "2026-09-01",
      maintenanceStart: "2026-10-27",
      maintenanceEnd: "2026-10-28",
      previousCampaignId: "",
    }),
  );
  const argocd = expectOk(
    await createComponent(leadActor, {
      ...ARGOCD_INPUT,
      ownerId: engineer.id,
      releaseNotes: [...ARGOCD_INPUT.releaseNotes],
      campaignId,
    }),
  );
  return {
    lead: leadActor,
    engineer: { id: engineer.id, name: engineer.name, role: "engineer" },
    environments: { dev: byName("Dev"), stg: byName("Stg"), prd: byName("Prd") },
    campaignId,
    argocd,
  };
}

/** Everything a failed mutation must leave as it was. */
export async function snapshot() {
  const [components, links, verifications, activities, campaigns, phases] = await Promise.all([
    db.component.findMany({ orderBy: { id: "asc" } }),
    db.releaseNoteLink.findMany({ orderBy: { id: "asc" } }),
    db.verification.findMany({ orderBy: { id: "asc" } }),
    db.activity.count(),
    db.campaign.findMany({ orderBy: { id: "asc" } }),
    db.campaignPhase.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { components, links, verifications, activities, campaigns, phases };
}
