"use server";

import { withMember } from "@/lib/auth/with-member";
import { addTeamMember, changeMemberRole, removeMember, restoreMember, setTeamPolicy } from "./mutations";
import type { MemberRoleInput, TeamMemberInput, TeamPolicyInput } from "@/lib/team/schemas";

export async function addTeamMemberAction(input: TeamMemberInput) {
  return withMember((actor) => addTeamMember(actor, input));
}

export async function changeMemberRoleAction(input: MemberRoleInput) {
  return withMember((actor) => changeMemberRole(actor, input));
}

export async function setTeamPolicyAction(input: TeamPolicyInput) {
  return withMember((actor) => setTeamPolicy(actor, input));
}

export async function removeMemberAction(memberId: string) {
  return withMember((actor) => removeMember(actor, { memberId }));
}

export async function restoreMemberAction(memberId: string) {
  return withMember((actor) => restoreMember(actor, { memberId }));
}
