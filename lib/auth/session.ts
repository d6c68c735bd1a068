import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import type { SignedInMember } from "@/lib/auth/member";
import { roleOf } from "@/lib/auth/roles";

/**
 * Sessions: a random token in a Secure, HTTP-only, SameSite=Lax cookie; the database keeps its
 * SHA-256 and the member it signs in. Every request reads the member afresh, so a role changed
 * by the lead applies at once.
 */

export const SESSION_COOKIE = "stepwise_session";
const SESSION_DAYS = 7;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Plain-HTTP cookies only when the operator asks for them (Stepwise tried out over http on a LAN). */
const secureCookies = () => process.env.STEPWISE_INSECURE_COOKIES !== "1";

export async function startSession(memberId: string): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600_000);
  await db.session.create({ data: { tokenHash: hashToken(token), memberId, expiresAt } });
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: secureCookies(),
    sameSite: "lax",
    path: "/",
    expires: expiresAt,
  });
}

export async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await db.session.deleteMany({ where: { tokenHash: hashToken(token) } });
  jar.delete(SESSION_COOKIE);
}

/** After a password change: every other browser signed in as this member is signed out. */
export async function endOtherSessions(memberId: string): Promise<void> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  await db.session.deleteMany({ where: { memberId, ...(token ? { tokenHash: { not: hashToken(token) } } : {}) } });
}

/** The signed-in member of this request, or null. Read once per request. */
export const currentMember = cache(async (): Promise<SignedInMember | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const session = await db.session.findUnique({ where: { tokenHash: hashToken(token) }, include: { member: true } });
  if (!session || session.expiresAt <= new Date() || session.member.deactivatedAt) return null;
  const { member } = session;
  return { id: member.id, name: member.name, role: roleOf(member.role) };
});

/** For pages, route handlers and reads: no member, no data; the visitor goes to the sign-in page. */
export async function requireMember(): Promise<SignedInMember> {
  return (await currentMember()) ?? redirect("/sign-in");
}
