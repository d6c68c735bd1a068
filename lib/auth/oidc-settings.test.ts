import { describe, expect, it } from "vitest";
import {
  identityFromClaims,
  oidcRefusalText,
  oidcSettingsFrom,
  roleAfterSignIn,
  roleFromGroups,
} from "./oidc-settings";

const env = {
  STEPWISE_OIDC_ISSUER: "https://keycloak.example.com/realms/platform",
  STEPWISE_OIDC_CLIENT_ID: "stepwise",
  STEPWISE_OIDC_CLIENT_SECRET: "s3cret",
  STEPWISE_URL: "https://stepwise.example.com",
  STEPWISE_OIDC_LEAD_GROUPS: "platform-leads",
  STEPWISE_OIDC_ENGINEER_GROUPS: "platform-sre, platform-dev",
  STEPWISE_OIDC_VIEWER_GROUPS: "engineering",
};

describe("OIDC settings", () => {
  it("is off without an issuer", () => {
    expect(oidcSettingsFrom({})).toBeNull();
  });

  it("reads the provider, the callback address and the group lists", () => {
    const settings = oidcSettingsFrom(env)!;
    expect(settings.redirectUrl).toBe("https://stepwise.example.com/auth/oidc/callback");
    expect(settings.groupsClaim).toBe("groups");
    expect(settings.groupsByRole.engineer).toEqual(["platform-sre", "platform-dev"]);
    expect(settings.allowHttp).toBe(false);
  });

  it("names every missing setting", () => {
    expect(() => oidcSettingsFrom({ STEPWISE_OIDC_ISSUER: env.STEPWISE_OIDC_ISSUER })).toThrow(
      /CLIENT_ID.*CLIENT_SECRET.*STEPWISE_URL/,
    );
  });
});

describe("roles from group claims", () => {
  const groupsByRole = oidcSettingsFrom(env)!.groupsByRole;

  it("gives the strongest role any group grants", () => {
    expect(roleFromGroups(["engineering", "platform-dev"], groupsByRole)).toBe("engineer");
    expect(roleFromGroups(["platform-leads", "engineering"], groupsByRole)).toBe("lead");
    expect(roleFromGroups("engineering", groupsByRole)).toBe("viewer");
  });

  it("gives nothing to people outside every mapped group", () => {
    expect(roleFromGroups(["sales"], groupsByRole)).toBeNull();
    expect(roleFromGroups(undefined, groupsByRole)).toBeNull();
    expect(roleFromGroups({ groups: "platform-leads" }, groupsByRole)).toBeNull();
  });
});

describe("identity from ID token claims", () => {
  const settings = oidcSettingsFrom(env)!;

  it("takes the email, the name and the role", () => {
    expect(
      identityFromClaims(
        { sub: "123", email: "Mei@Example.com", name: "Mei Suzuki", groups: ["platform-sre"] },
        settings,
      ),
    ).toEqual({
      subject: "123",
      email: "mei@example.com",
      emailVerified: false,
      name: "Mei Suzuki",
      role: "engineer",
    });
    const verified = identityFromClaims(
      { sub: "1", email: "a@example.com", email_verified: true, groups: ["platform-sre"] },
      settings,
    );
    expect("emailVerified" in verified && verified.emailVerified).toBe(true);
  });

  it("refuses tokens without an email or a mapped group", () => {
    expect(identityFromClaims({ sub: "1", groups: ["platform-leads"] }, settings)).toEqual({ refused: "no-email" });
    expect(identityFromClaims({ sub: "1", email: "a@b.c", groups: ["sales"] }, settings)).toEqual({
      refused: "no-role",
    });
  });
});

describe("refusal codes from the URL", () => {
  it("answers known codes and nothing for anything else, Object's own properties included", () => {
    expect(oidcRefusalText("no-email")).toContain("did not share your email");
    for (const code of ["constructor", "__proto__", "toString", "hasOwnProperty", "nope", undefined])
      expect(oidcRefusalText(code)).toBeNull();
  });
});

describe("roleAfterSignIn", () => {
  it("follows the groups, except that the last lead stays lead", () => {
    expect(roleAfterSignIn("engineer", "lead", 1)).toBe("lead");
    expect(roleAfterSignIn("lead", "engineer", 1)).toBe("engineer");
    expect(roleAfterSignIn("lead", "viewer", 0)).toBe("lead");
    expect(roleAfterSignIn("viewer", "engineer", 0)).toBe("engineer");
  });
});
