import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createScenario, expectOk, snapshot, type Scenario } from "@/lib/testing/scenario";
import { advancePhase, createCampaign } from "./campaign-mutations";
import { assignOwner } from "./component-mutations";
import { getInventory, getPhases } from "./queries";
import { setVerification } from "./verification-mutations";

let world: Scenario;
beforeEach(async () => {
  world = await createScenario();
});

const nextYear = {
  name: "2027 upgrade",
  kubernetesFrom: "1.34",
  kubernetesTo: "1.37",
  startDate: "2027-09-01",
  maintenanceStart: "2027-10-26",
  maintenanceEnd: "",
};

describe("createCampaign", () => {
  it("plans the eight phases with step 1 started", async () => {
    const phases = await getPhases(world.campaignId);
    expect(phases.map((p) => p.title)).toEqual([
      "Inventory",
      "Feature gates & hardware",
      "Owners",
      "Dev platform",
      "Dev components",
      "Stg",
      "Prd maintenance",
      "Retrospective",
    ]);
    expect(phases[0]?.startedAt).toEqual(new Date("2026-09-01T00:00:00Z"));
    expect(phases[6]?.plannedStart).toEqual(new Date("2026-10-27T00:00:00Z"));
    expect(phases.slice(1).every((p) => p.startedAt === null)).toBe(true);
  });

  it("starts from the previous inventory: targets become current, owners stay, findings are cleared", async () => {
    expectOk(await assignOwner(world.lead, { componentIds: [world.argocd.id], ownerId: world.engineer.id }));
    expectOk(
      await setVerification(world.engineer, {
        componentId: world.argocd.id,
        environmentId: world.environments.dev,
        status: "verified",
        note: "",
        revision: 0,
      }),
    );

    const { id } = expectOk(await createCampaign(world.lead, { ...nextYear, previousCampaignId: world.campaignId }));
    const inventory = (await getInventory(id))!;
    expect(inventory.campaign.previousCampaign?.id).toBe(world.campaignId);
    expect(inventory.components).toHaveLength(1);
    expect(inventory.components[0]).toMatchObject({
      name: "ArgoCD",
      currentVersion: "3.0.0",
      targetVersion: null,
      owner: { name: "Ren Engineer" },
      releaseNotes: [],
      verifications: {},
      compatibility: "unknown",
    });
  });

  it("refuses bad input next to the field and creates nothing", async () => {
    const before = await snapshot();
    const result = await createCampaign(world.lead, { ...nextYear, kubernetesTo: "1.3x", previousCampaignId: "" });
    expect(!result.ok && result.fieldErrors?.kubernetesTo?.[0]).toContain('"1.3x" is not a version');
    const missing = await createCampaign(world.lead, { ...nextYear, previousCampaignId: "gone" });
    expect(!missing.ok && missing.fieldErrors?.previousCampaignId).toBeTruthy();
    expect(await snapshot()).toEqual(before);
  });
});

describe("advancePhase", () => {
  it("completes the current step and starts the next", async () => {
    expectOk(await advancePhase(world.lead, { campaignId: world.campaignId, step: 1 }));
    const phases = await getPhases(world.campaignId);
    expect(phases[0]?.completedAt).toBeInstanceOf(Date);
    expect(phases[1]?.startedAt).toBeInstanceOf(Date);
    expect(phases[1]?.completedAt).toBeNull();
  });

  it("refuses a step that is not the current one (a double click, or someone was faster)", async () => {
    expectOk(await advancePhase(world.lead, { campaignId: world.campaignId, step: 1 }));
    const again = await advancePhase(world.lead, { campaignId: world.campaignId, step: 1 });
    expect(!again.ok && again.message).toContain("moved the campaign on already");
  });

  it("completes the campaign with the last step", async () => {
    for (let step = 1; step <= 8; step++)
      expectOk(await advancePhase(world.lead, { campaignId: world.campaignId, step }));
    const campaign = await db.campaign.findUniqueOrThrow({ where: { id: world.campaignId } });
    expect(campaign.completedAt).toBeInstanceOf(Date);
    expect(campaign.status).toBe("completed");
  });
});
