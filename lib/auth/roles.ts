import { isOneOf } from "@/lib/is-one-of";

export const ROLES = ["lead", "engineer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { lead: "Team lead", engineer: "Engineer", viewer: "Viewer" };

/** A stored role read back; anything unknown gets the least power, never more. */
export function roleOf(value: string): Role {
  return isOneOf(ROLES, value) ? value : "viewer";
}
