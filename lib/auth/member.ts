import type { Role } from "./roles";

/** A team member as history shows them: who ticked, who owns, who wrote. */
export type MemberRef = { id: string; name: string };

/** The member a request acts for: the policy is asked about them, the activity log records them. */
export type SignedInMember = MemberRef & { role: Role };
