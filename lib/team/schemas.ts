import { z } from "zod";
import { newPassword } from "@/lib/auth/schemas";
import { ROLES } from "@/lib/auth/roles";
import { id, name } from "@/lib/validation/fields";

export const teamMemberSchema = z.object({
  name: name("name", 80),
  email: z.email("Enter an email address.").max(200),
  role: z.enum(ROLES),
  /** A local account's first password; left empty for members who sign in through OIDC. */
  password: z.union([z.literal(""), newPassword]).default(""),
});

export const memberRoleSchema = z.object({ memberId: id, role: z.enum(ROLES) });
export type MemberRoleInput = z.input<typeof memberRoleSchema>;

export const memberSchema = z.object({ memberId: id });

export const teamPolicySchema = z.object({ engineersVerifyOthers: z.boolean() });
export type TeamPolicyInput = z.input<typeof teamPolicySchema>;
export type TeamMemberInput = z.input<typeof teamMemberSchema>;
