"use server";

import type { MemberRoleInput, TeamMemberInput, TeamPolicyInput } from "@/lib/campaigns/schemas";
import { withMember } from "@/lib/auth/with-member";
import { addTeamMember, changeMemberRole, setTeamPolicy } from "./mutations";

export async function addTeamMemberAction(input: TeamMemberInput) {
  return withMember((actor) => addTeamMember(actor, input));
}

export async function changeMemberRoleAction(input: MemberRoleInput) {
  return withMember((actor) => changeMemberRole(actor, input));
}

export async function setTeamPolicyAction(input: TeamPolicyInput) {
  return withMember((actor) => setTeamPolicy(actor, input));
}
