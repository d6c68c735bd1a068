import type { MemberRef } from "@/lib/auth/member";
import type { Role } from "@/lib/auth/roles";

/** A current member, with how many components of the campaign in view they own. */
export type TeamMemberView = MemberRef & { email: string; role: Role; ownedCount: number };
