import { beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/gate/route";
import { startCampaign } from "@/lib/campaigns/lifecycle-mutations";
import { db } from "@/lib/db";
import { createScenario, expectOk, type Scenario } from "@/lib/testing/scenario";
import { createApiToken, revokeApiToken } from "./mutations";
import { authenticateApiToken, listApiTokens } from "./queries";
import { hashApiToken } from "./token";

let world: Scenario;
beforeEach(async () => {
  await db.campaign.updateMany({ where: { status: "running" }, data: { status: "archived" } });
  world = await createScenario();
});

const ask = (token: string | null, query = "environment=Prd") =>
  GET(
    new Request(`http://stepwise.test/api/gate?${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    }),
  );

describe("API tokens", () => {
  it("are made by the lead, shown once and stored only as their hash", async () => {
    const { token, id } = expectOk(await createApiToken(world.lead, { name: "Kubespray pipeline" }));
    expect(token).toMatch(/^swp_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashApiToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(JSON.stringify(await listApiTokens())).not.toContain(row.tokenHash);
  });

  it("are the lead's to make and revoke", async () => {
    const refused = await createApiToken(world.engineer, { name: "mine" });
    expect(!refused.ok && refused.message).toBe("Only the team lead can manage API tokens.");
    const { id } = expectOk(await createApiToken(world.lead, { name: "CI" }));
    expect((await revokeApiToken(world.engineer, { tokenId: id })).ok).toBe(false);
  });

  it("read the gate while valid; a revoked token is refused", async () => {
    const { token, id } = expectOk(await createApiToken(world.lead, { name: "CI" }));
    expect(await authenticateApiToken(`Bearer ${token}`, "gate:read")).toEqual({ ok: true, name: "CI" });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();

    expectOk(await revokeApiToken(world.lead, { tokenId: id }));
    expect(await authenticateApiToken(`Bearer ${token}`, "gate:read")).toMatchObject({ ok: false, status: 401 });
    const response = await ask(token);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "This API token is unknown or revoked." });
  });

  it("without a token, or with a made-up one, the gate is not answered", async () => {
    expect((await ask(null)).status).toBe(401);
    expect((await ask("swp_madeup")).status).toBe(401);
  });
});

describe("GET /api/gate", () => {
  it("answers the running campaign's gate for an environment, with every check", async () => {
    const { token } = expectOk(await createApiToken(world.lead, { name: "CI" }));
    expect((await ask(token)).status).toBe(409);

    expectOk(await startCampaign(world.lead, { campaignId: world.campaignId }));
    const response = await ask(token);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      open: boolean;
      environment: string;
      checks: { id: string; verdict: string }[];
    };
    expect(body.environment).toBe("Prd");
    // Argo CD is not verified on Stg: Prd is blocked, and says so by name.
    expect(body.open).toBe(false);
    expect(body.checks.find((c) => c.id === "settled-in-previous")?.verdict).toBe("block");

    expect((await ask(token, "environment=Nowhere")).status).toBe(404);
    expect((await ask(token, "environment=Prd&cluster=nope")).status).toBe(404);
    expect((await ask(token, "")).status).toBe(400);
  });
});
