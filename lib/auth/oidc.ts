import "server-only";
import { log } from "@/lib/observability/log";
import * as client from "openid-client";
import { serializable } from "@/lib/db";
import {
  identityFromClaims,
  oidcSettingsFrom,
  roleAfterSignIn,
  type OidcRefusal,
  type OidcSettings,
} from "./oidc-settings";
import type { Role } from "./roles";

/**
 * OIDC sign-in with openid-client: authorization code flow with PKCE, state and nonce. The
 * three checks travel in a short-lived HTTP-only cookie between the start and the callback.
 */

export const OIDC_FLOW_COOKIE = "stepwise_oidc_flow";
export type OidcFlow = { state: string; nonce: string; verifier: string };

export function oidcSettings(): OidcSettings | null {
  return oidcSettingsFrom(process.env);
}

// Discovery is fetched once per process; a failed one is forgotten so the next sign-in retries.
let discovered: { issuer: string; configuration: Promise<client.Configuration> } | undefined;

function configurationFor(settings: OidcSettings): Promise<client.Configuration> {
  if (discovered?.issuer !== settings.issuer) {
    const configuration = client.discovery(
      new URL(settings.issuer),
      settings.clientId,
      settings.clientSecret,
      undefined,
      settings.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    configuration.catch(() => (discovered = undefined));
    discovered = { issuer: settings.issuer, configuration };
  }
  return discovered.configuration;
}

export async function startOidcSignIn(settings: OidcSettings): Promise<{ url: URL; flow: OidcFlow }> {
  const configuration = await configurationFor(settings);
  const flow = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier() };
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: settings.redirectUrl,
    scope: settings.scopes,
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: "S256",
  });
  return { url, flow };
}

/**
 * Trades the code for an ID token and finds the member it names: by subject, else by email
 * (linking a member the lead added by hand), else a new member. The role follows the groups
 * on every sign-in, so the identity provider stays the one place roles are managed.
 */
export async function completeOidcSignIn(
  settings: OidcSettings,
  callbackUrl: URL,
  flow: OidcFlow,
): Promise<{ memberId: string } | { refused: OidcRefusal }> {
  const configuration = await configurationFor(settings);
  const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: flow.verifier,
    expectedState: flow.state,
    expectedNonce: flow.nonce,
    idTokenExpected: true,
  });
  const idToken = tokens.claims();
  const claims = { ...idToken, ...(await userInfoClaims(configuration, tokens.access_token, String(idToken?.sub))) };
  const identity = identityFromClaims(claims, settings);
  if ("refused" in identity) return identity;
  const { subject, email, emailVerified, name, role } = identity;
  return serializable(async (tx): Promise<{ memberId: string } | { refused: OidcRefusal }> => {
    const bySubject = await tx.teamMember.findUnique({ where: { oidcSubject: subject } });
    const byEmail = bySubject ? null : await tx.teamMember.findUnique({ where: { email } });
    // An address is linked to an existing member only when the provider verified it, and never
    // away from another identity: otherwise anyone who can set an email takes over that member.
    if (byEmail && (!emailVerified || (byEmail.oidcSubject !== null && byEmail.oidcSubject !== subject)))
      return { refused: "unverified-email" };
    const known = bySubject ?? byEmail;
    if (known?.deactivatedAt) return { refused: "removed" };
    if (!known) {
      const created = await tx.teamMember.create({ data: { oidcSubject: subject, email, name, role } });
      log.info("member.role-from-groups", { email, role, newMember: true });
      return { memberId: created.id };
    }
    const otherLeads = await tx.teamMember.count({
      where: { role: "lead", deactivatedAt: null, id: { not: known.id } },
    });
    const next = roleAfterSignIn(known.role as Role, role, otherLeads);
    if (next !== known.role)
      log.info("member.role-from-groups", { email: known.email, before: known.role, role: next });
    else if (next !== role) log.warn("member.kept-as-last-lead", { email: known.email, groupsSay: role });
    await tx.teamMember.update({ where: { id: known.id }, data: { oidcSubject: subject, name, role: next } });
    return { memberId: known.id };
  });
}

/** Providers such as Keycloak and Dex put groups in the ID token; others only in userinfo. */
async function userInfoClaims(
  configuration: client.Configuration,
  accessToken: string,
  subject: string,
): Promise<Record<string, unknown>> {
  if (!configuration.serverMetadata().userinfo_endpoint) return {};
  return { ...(await client.fetchUserInfo(configuration, accessToken, subject)) };
}
