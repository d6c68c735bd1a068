import "server-only";
import { db } from "@/lib/db";
import type { SignedInMember } from "@/lib/auth/member";

export type AccountView = SignedInMember & { email: string; localPassword: boolean; oidc: boolean };

/** How the member signs in, never the secrets themselves. */
export async function getAccount(member: SignedInMember): Promise<AccountView> {
  const row = await db.teamMember.findUniqueOrThrow({
    where: { id: member.id },
    select: { email: true, passwordHash: true, oidcSubject: true },
  });
  return { ...member, email: row.email, localPassword: row.passwordHash !== null, oidc: row.oidcSubject !== null };
}
