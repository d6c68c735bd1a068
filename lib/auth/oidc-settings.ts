import { z } from "zod";
import { REMOVED_FROM_TEAM } from "./policy";
import { ROLES, type Role } from "@/lib/auth/roles";

/**
 * OIDC sign-in is configured by environment variables. Roles come from the provider's group
 * claim: each role lists the groups that grant it, and the strongest match wins.
 */

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: <app URL>/auth/oidc/callback. */
  redirectUrl: string;
  /** The button's words: "Sign in with Keycloak". */
  providerName: string;
  /** Dex and Okta send groups only when asked for a "groups" scope; Google refuses unknown scopes. */
  scopes: string;
  groupsClaim: string;
  groupsByRole: Record<Role, string[]>;
  /** Plain http to the provider, for a provider on the same machine in tests only. */
  allowHttp: boolean;
};

const groupList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .map((g) => g.trim())
      .filter(Boolean),
  );

const required = (name: string) => z.string({ error: `${name} is required` }).min(1, `${name} is required`);

const envSchema = z.object({
  STEPWISE_OIDC_ISSUER: z.url({ error: "STEPWISE_OIDC_ISSUER must be the provider's issuer URL" }),
  STEPWISE_OIDC_CLIENT_ID: required("STEPWISE_OIDC_CLIENT_ID"),
  STEPWISE_OIDC_CLIENT_SECRET: required("STEPWISE_OIDC_CLIENT_SECRET"),
  STEPWISE_URL: z.url({ error: "STEPWISE_URL must be the address users open Stepwise at" }),
  STEPWISE_OIDC_NAME: z.string().default("single sign-on"),
  STEPWISE_OIDC_SCOPES: z.string().default("openid email profile"),
  STEPWISE_OIDC_GROUPS_CLAIM: z.string().default("groups"),
  STEPWISE_OIDC_LEAD_GROUPS: groupList,
  STEPWISE_OIDC_ENGINEER_GROUPS: groupList,
  STEPWISE_OIDC_VIEWER_GROUPS: groupList,
  STEPWISE_OIDC_ALLOW_HTTP: z.string().optional(),
});

/** null when OIDC is not configured (no issuer); throws with every missing setting otherwise. */
export function oidcSettingsFrom(env: Record<string, string | undefined>): OidcSettings | null {
  if (!env.STEPWISE_OIDC_ISSUER) return null;
  const parsed = envSchema.safeParse(env);
  if (!parsed.success)
    throw new Error(`OIDC sign-in is misconfigured: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  const e = parsed.data;
  return {
    issuer: e.STEPWISE_OIDC_ISSUER,
    clientId: e.STEPWISE_OIDC_CLIENT_ID,
    clientSecret: e.STEPWISE_OIDC_CLIENT_SECRET,
    redirectUrl: new URL("/auth/oidc/callback", e.STEPWISE_URL).toString(),
    providerName: e.STEPWISE_OIDC_NAME,
    scopes: e.STEPWISE_OIDC_SCOPES,
    groupsClaim: e.STEPWISE_OIDC_GROUPS_CLAIM,
    groupsByRole: {
      lead: e.STEPWISE_OIDC_LEAD_GROUPS,
      engineer: e.STEPWISE_OIDC_ENGINEER_GROUPS,
      viewer: e.STEPWISE_OIDC_VIEWER_GROUPS,
    },
    allowHttp: e.STEPWISE_OIDC_ALLOW_HTTP === "1",
  };
}

/** The strongest role any of the member's groups grants, or null: no mapped group, no entry. */
export function roleFromGroups(claim: unknown, groupsByRole: Record<Role, string[]>): Role | null {
  const groups = new Set(Array.isArray(claim) ? claim.map(String) : typeof claim === "string" ? [claim] : []);
  return ROLES.find((role) => groupsByRole[role].some((group) => groups.has(group))) ?? null;
}

/** "removed": the lead removed this person from the team; their groups don't bring them back. */
export type OidcRefusal = "no-role" | "no-email" | "removed" | "unverified-email";
export type OidcIdentity = {
  subject: string;
  email: string;
  /** The provider vouches for the address: only then may it link to a member Stepwise already has. */
  emailVerified: boolean;
  name: string;
  role: Role;
};

/** Who an ID token says the person is, and the role their groups grant. */
export function identityFromClaims(
  claims: Record<string, unknown>,
  settings: Pick<OidcSettings, "groupsClaim" | "groupsByRole">,
): OidcIdentity | { refused: OidcRefusal } {
  const email = typeof claims.email === "string" ? claims.email.toLowerCase() : "";
  if (!email) return { refused: "no-email" };
  const role = roleFromGroups(claims[settings.groupsClaim], settings.groupsByRole);
  if (!role) return { refused: "no-role" };
  const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim() : email;
  const emailVerified = claims.email_verified === true || claims.email_verified === "true";
  return { subject: String(claims.sub), email, emailVerified, name, role };
}

/**
 * The role a known member gets from their groups at sign-in. The last lead is never demoted by
 * a group change: the team would be left with nobody who can manage it.
 */
export function roleAfterSignIn(current: Role, fromGroups: Role, otherActiveLeads: number): Role {
  return current === "lead" && fromGroups !== "lead" && otherActiveLeads === 0 ? "lead" : fromGroups;
}

/** The sentence for a refusal code from the URL; an unknown code (or "constructor") has none. */
export function oidcRefusalText(code: string | undefined): string | null {
  return code !== undefined && Object.hasOwn(OIDC_REFUSALS, code)
    ? OIDC_REFUSALS[code as keyof typeof OIDC_REFUSALS]
    : null;
}

/** What the sign-in page says after a refused or failed OIDC sign-in (the address carries only the code). */
export const OIDC_REFUSALS: Record<OidcRefusal | "failed", string> = {
  "unverified-email":
    "Your identity provider has not verified your email address, and a Stepwise member already uses it. Verify it with your provider, or ask your team lead.",
  "no-role": "Your account is in none of the groups Stepwise gives a role to. Ask your team lead to add you to one.",
  removed: REMOVED_FROM_TEAM,
  "no-email": "Your identity provider did not share your email address; Stepwise needs it to know who you are.",
  failed: "Signing in with your identity provider did not complete. Please try again.",
};
