import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { completeOidcSignIn, startOidcSignIn } from "./oidc";
import { oidcSettingsFrom, type OidcSettings } from "./oidc-settings";

/*
 * A real OpenID Provider (panva's oidc-provider, the certified implementation openid-client is
 * built beside) on a local port, and the whole code flow against it: discovery, PKCE, the
 * provider's login and consent pages, the code exchange, ID token checks, userinfo.
 */

const CALLBACK = "http://stepwise.test/auth/oidc/callback";
const PEOPLE: Record<string, { email: string; email_verified: boolean; name: string; groups: string[] }> = {
  mei: { email: "Mei.Suzuki@example.com", email_verified: true, name: "Mei Suzuki", groups: ["platform-sre"] },
  aiko: {
    email: "aiko.tanaka@example.com",
    email_verified: true,
    name: "Aiko Tanaka",
    groups: ["platform-leads", "platform-sre"],
  },
  sales: { email: "sam@example.com", email_verified: true, name: "Sam Sales", groups: ["sales"] },
  // Someone who typed the lead's address into a provider that does not verify it.
  impostor: { email: "the.lead@example.com", email_verified: false, name: "Not The Lead", groups: ["platform-sre"] },
  boss: { email: "boss@example.com", email_verified: true, name: "Boss", groups: ["platform-sre"] },
};

let server: Server;
let settings: OidcSettings;

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: "stepwise", client_secret: "stepwise-secret", redirect_uris: [CALLBACK] }],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ sub: id, ...PEOPLE[id] }) }),
    features: { devInteractions: { enabled: true } },
  });
  server.on("request", provider.callback());
  settings = oidcSettingsFrom({
    STEPWISE_OIDC_ISSUER: issuer,
    STEPWISE_OIDC_CLIENT_ID: "stepwise",
    STEPWISE_OIDC_CLIENT_SECRET: "stepwise-secret",
    STEPWISE_URL: "http://stepwise.test",
    STEPWISE_OIDC_SCOPES: "openid email profile groups",
    STEPWISE_OIDC_LEAD_GROUPS: "platform-leads",
    STEPWISE_OIDC_ENGINEER_GROUPS: "platform-sre",
    STEPWISE_OIDC_VIEWER_GROUPS: "engineering",
    STEPWISE_OIDC_ALLOW_HTTP: "1",
  })!;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The browser's part: follow the provider's redirects, sign in as `login`, consent, land on the callback. */
async function signInAtProvider(authorizationUrl: URL, login: string): Promise<URL> {
  const cookies = new Map<string, string>();
  const send = async (url: URL, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: "manual",
      headers: { ...init.headers, cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      cookies.set(name!, value.join("="));
    }
    return response;
  };
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop++) {
    if (url.href.startsWith(CALLBACK)) return url;
    let response = await send(url);
    if (response.status === 200 && url.pathname.startsWith("/interaction/")) {
      const page = await response.text();
      const form: Record<string, string> = page.includes('name="login"')
        ? { prompt: "login", login, password: "any" }
        : { prompt: "consent" };
      response = await send(url, {
        method: "POST",
        body: new URLSearchParams(form),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
    }
    const location = response.headers.get("location");
    if (!location) throw new Error(`the provider stopped at ${url} with ${response.status}: ${await response.text()}`);
    url = new URL(location, url);
  }
  throw new Error("too many redirects");
}

async function signIn(login: string) {
  const { url, flow } = await startOidcSignIn(settings);
  expect(url.searchParams.get("code_challenge_method")).toBe("S256");
  expect(url.searchParams.get("redirect_uri")).toBe(CALLBACK);
  return completeOidcSignIn(settings, await signInAtProvider(url, login), flow);
}

describe("OIDC sign-in", () => {
  it("creates a member with the role their groups grant, and keeps them on the next sign-in", async () => {
    const first = await signIn("mei");
    if (!("memberId" in first)) throw new Error(`refused: ${first.refused}`);
    const mei = await db.teamMember.findUniqueOrThrow({ where: { id: first.memberId } });
    expect(mei).toMatchObject({
      email: "mei.suzuki@example.com",
      name: "Mei Suzuki",
      role: "engineer",
      oidcSubject: "mei",
      passwordHash: null,
    });

    const again = await signIn("mei");
    expect(again).toEqual({ memberId: mei.id });
    expect(await db.teamMember.count({ where: { email: "mei.suzuki@example.com" } })).toBe(1);
  });

  it("links a member the lead added by email and takes the strongest role", async () => {
    const added = await db.teamMember.create({
      data: { name: "Aiko", email: "aiko.tanaka@example.com", role: "viewer" },
    });
    expect(await signIn("aiko")).toEqual({ memberId: added.id });
    expect(await db.teamMember.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({
      role: "lead",
      oidcSubject: "aiko",
      name: "Aiko Tanaka",
    });
  });

  it("never links an unverified email to an existing member: the lead's record stays as it was", async () => {
    const lead = await db.teamMember.create({
      data: { name: "The Lead", email: "the.lead@example.com", role: "lead" },
    });
    expect(await signIn("impostor")).toEqual({ refused: "unverified-email" });
    expect(await db.teamMember.findUniqueOrThrow({ where: { id: lead.id } })).toEqual(lead);
  });

  it("never demotes the last lead, whatever the groups say", async () => {
    const boss = await db.teamMember.create({ data: { name: "Boss", email: "boss@example.com", role: "lead" } });
    const others = await db.teamMember.findMany({ where: { role: "lead", id: { not: boss.id } } });
    await db.teamMember.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "engineer" } });
    expect(await signIn("boss")).toEqual({ memberId: boss.id });
    expect((await db.teamMember.findUniqueOrThrow({ where: { id: boss.id } })).role).toBe("lead");
    // With another lead on the team, the groups decide again.
    await db.teamMember.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "lead" } });
    expect(await signIn("boss")).toEqual({ memberId: boss.id });
    expect((await db.teamMember.findUniqueOrThrow({ where: { id: boss.id } })).role).toBe("engineer");
  });

  it("refuses someone in no mapped group and creates nobody", async () => {
    const before = await db.teamMember.count();
    expect(await signIn("sales")).toEqual({ refused: "no-role" });
    expect(await db.teamMember.count()).toBe(before);
  });

  it("keeps out a member the lead removed, whatever their groups say", async () => {
    await db.teamMember.update({ where: { email: "mei.suzuki@example.com" }, data: { deactivatedAt: new Date() } });
    expect(await signIn("mei")).toEqual({ refused: "removed" });
    await db.teamMember.update({ where: { email: "mei.suzuki@example.com" }, data: { deactivatedAt: null } });
  });

  it("refuses a callback whose state was not the one it sent", async () => {
    const { url, flow } = await startOidcSignIn(settings);
    const callback = await signInAtProvider(url, "mei");
    await expect(completeOidcSignIn(settings, callback, { ...flow, state: "forged" })).rejects.toThrow(
      /invalid response/,
    );
  });
});
