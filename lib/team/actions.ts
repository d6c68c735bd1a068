"use server";

import { cookies } from "next/headers";
import { failure, success, type ActionResult } from "@/lib/actions/result";
import type { TeamMemberInput } from "@/lib/campaigns/schemas";
import { db } from "@/lib/db";
import { ACTING_MEMBER_COOKIE } from "@/lib/session/acting-member";
import { addTeamMember } from "./mutations";

export async function addTeamMemberAction(input: TeamMemberInput) {
  return addTeamMember(input);
}

/** Until sign-in exists: choose whose name goes on the changes made from this browser. */
export async function actAsAction(memberId: string): Promise<ActionResult> {
  const member = await db.teamMember.findUnique({ where: { id: String(memberId) }, select: { id: true } });
  if (!member) return failure("That team member no longer exists.");
  (await cookies()).set(ACTING_MEMBER_COOKIE, member.id, { httpOnly: true, sameSite: "lax", path: "/" });
  return success(null);
}
