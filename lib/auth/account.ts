import "server-only";
import { db } from "@/lib/db";
import type { ActingMember } from "@/lib/campaigns/types";

export type AccountView = ActingMember & { email: string; localPassword: boolean; oidc: boolean };

/** How the member signs in, never the secrets themselves. */
export async function getAccount(member: ActingMember): Promise<AccountView> {
  const row = await db.teamMember.findUniqueOrThrow({ where: { id: member.id }, select: { email: true, passwordHash: true, oidcSubject: true } });
  return { ...member, email: row.email, localPassword: row.passwordHash !== null, oidc: row.oidcSubject !== null };
}
