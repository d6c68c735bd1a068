import "server-only";
import type { MemberRef } from "@/lib/auth/member";
import { roleOf } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { listEnvironments } from "@/lib/environments/queries";
import { getTeamPolicy } from "./settings";
import type { TeamMemberView } from "./types";

/** The current team (members the lead removed are not offered as owners), with how many of the campaign's components each owns. */
export async function listTeam(campaignId?: string): Promise<TeamMemberView[]> {
  const [members, owned] = await Promise.all([
    db.teamMember.findMany({ where: { deactivatedAt: null }, orderBy: { name: "asc" } }),
    campaignId
      ? db.component.groupBy({ by: ["ownerId"], where: { campaignId }, _count: { _all: true } })
      : Promise.resolve([]),
  ]);
  const counts = new Map(owned.map((row) => [row.ownerId, row._count._all]));
  return members.map((m) => ({
    id: m.id,
    name: m.name,
    email: m.email,
    role: roleOf(m.role),
    ownedCount: counts.get(m.id) ?? 0,
  }));
}

/** Members the lead removed, for the Team page to restore. */
export async function listFormerMembers(): Promise<MemberRef[]> {
  return db.teamMember.findMany({
    where: { deactivatedAt: { not: null } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** Everything the Team page shows: members, former members, environments, the team's settings. */
export async function getTeamPage() {
  const [team, formerMembers, environments, policy] = await Promise.all([
    listTeam(),
    listFormerMembers(),
    listEnvironments(),
    getTeamPolicy(),
  ]);
  return { team, formerMembers, environments, policy };
}
export type TeamPage = Awaited<ReturnType<typeof getTeamPage>>;
