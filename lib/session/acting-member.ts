import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import type { ActingMember } from "@/lib/campaigns/types";
import { ROLES, isOneOf } from "@/lib/campaigns/vocabulary";

/**
 * Who is acting, until sign-in exists: the member picked in the header, kept in a cookie,
 * else the first lead. The sign-in issue replaces this one module with the signed-in member.
 */
export const ACTING_MEMBER_COOKIE = "stepwise-acting-member";

export async function getActingMember(): Promise<ActingMember | null> {
  const chosen = (await cookies()).get(ACTING_MEMBER_COOKIE)?.value;
  const member =
    (chosen ? await db.teamMember.findUnique({ where: { id: chosen } }) : null) ??
    (await db.teamMember.findFirst({ where: { role: "lead" }, orderBy: { createdAt: "asc" } })) ??
    (await db.teamMember.findFirst({ orderBy: { createdAt: "asc" } }));
  if (!member) return null;
  return { id: member.id, name: member.name, role: isOneOf(ROLES, member.role) ? member.role : "viewer" };
}
