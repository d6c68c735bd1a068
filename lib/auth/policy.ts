import type { Role } from "@/lib/auth/roles";

/**
 * Who may do what, as plain functions: the server actions enforce these and the pages ask the
 * same questions to decide which controls to show. Each answers with the sentence a refused
 * member reads, or null when the member may go ahead.
 */

export type Member = { id: string; role: Role };
export type TeamPolicy = { engineersVerifyOthers: boolean };
export type Refusal = string | null;

const READ_ONLY = "Viewers can read everything but change nothing.";

/** What a removed member reads when they try to sign in again, by password or OIDC. */
export const REMOVED_FROM_TEAM = "The team lead has removed you from this team. Ask them to restore you.";

/** The lead's own work: campaigns, owners, phases, the team, environments, clusters, closing retrospectives. */
export function leadOnly(member: Member, what: string): Refusal {
  if (member.role === "lead") return null;
  return member.role === "viewer" ? READ_ONLY : `Only the team lead can ${what}.`;
}

/** A component's fields and breaking-change notes: its owner or the lead. */
export function componentEditRefusal(member: Member, ownerId: string | null): Refusal {
  if (member.role === "lead") return null;
  if (member.role === "viewer") return READ_ONLY;
  return ownerId === member.id ? null : "Only the component's owner or the team lead can change it.";
}

/** Owners are the lead's to give: an owner editing their component keeps the owner as it is. */
export function ownerChangeRefusal(member: Member, before: string | null, after: string | null): Refusal {
  return before === after ? null : leadOnly(member, "assign owners");
}

/** Verifications: the owner or the lead, and any engineer when the lead has allowed it. */
export function verificationRefusal(member: Member, ownerId: string | null, policy: TeamPolicy): Refusal {
  if (member.role === "lead") return null;
  if (member.role === "viewer") return READ_ONLY;
  if (ownerId === member.id || policy.engineersVerifyOthers) return null;
  return "Only the component's owner or the team lead can verify it (the lead can let engineers verify each other's components).";
}

/** Retrospective cards and votes, ticking the checks no API shows: everyone on the team except viewers. */
export function teamWriteRefusal(member: Member): Refusal {
  return member.role === "viewer" ? READ_ONLY : null;
}

/** An action item is closed (or reopened) by the person who owns it, or by the lead. */
export function actionItemRefusal(member: Member, ownerId: string | null): Refusal {
  if (member.role === "lead") return null;
  if (member.role === "viewer") return READ_ONLY;
  return ownerId === member.id ? null : "Only its owner or the team lead can close an action item.";
}

/** What a page shows: the same answers, as yes/no. */
export const may = (refusal: Refusal) => refusal === null;
