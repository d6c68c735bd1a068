"use server";

import { asServerAction } from "@/lib/auth/with-member";
import { addTeamMember, changeMemberRole, removeMember, restoreMember, setTeamPolicy } from "./mutations";

export const addTeamMemberAction = asServerAction(addTeamMember);
export const changeMemberRoleAction = asServerAction(changeMemberRole);
export const setTeamPolicyAction = asServerAction(setTeamPolicy);
export const removeMemberAction = asServerAction(removeMember);
export const restoreMemberAction = asServerAction(restoreMember);
