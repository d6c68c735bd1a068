import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runningCampaign } from "@/lib/fleet/scans";
import { createScenario, expectOk, snapshot, type Scenario } from "@/lib/testing/scenario";
import { advancePhase, createCampaign } from "./campaign-mutations";
import { archiveCampaign, deleteCampaign, reopenPhase, restoreCampaign, startCampaign } from "./lifecycle-mutations";
import { updateCampaignPlan } from "./plan-mutations";
import { addComment } from "@/lib/comments/mutations";
import { ARGOCD_INPUT } from "@/lib/testing/argocd-input";
import { assignOwner, createComponent, deleteComponent, updateComponent } from "./component-mutations";
import { setVerification } from "./verification-mutations";
import { getPhases, listActivity } from "./queries";
import { prdStrategyOf } from "./vocabulary";

let world: Scenario;
beforeEach(async () => {
  // The test file shares one database: each test starts with nothing running.
  await db.campaign.updateMany({ where: { status: "running" }, data: { status: "archived" } });
  world = await createScenario();
});

const nextYear = {
  name: "2027 upgrade",
  kubernetesFrom: "1.34",
  kubernetesTo: "1.37",
  startDate: "2027-09-01",
  maintenanceStart: "",
  maintenanceEnd: "",
  previousCampaignId: "",
};

const statusOf = async (id: string) => (await db.campaign.findUniqueOrThrow({ where: { id } })).status;

describe("which campaign runs", () => {
  it("a new campaign is planned and moves nothing live until the lead starts it", async () => {
    expect(await statusOf(world.campaignId)).toBe("planned");
    expect(await runningCampaign()).toBeNull();
    expectOk(await startCampaign(world.lead, { campaignId: world.campaignId }));
    expect((await runningCampaign())?.id).toBe(world.campaignId);

    const { id: next } = expectOk(await createCampaign(world.lead, nextYear));
    expect(await statusOf(next)).toBe("planned");
    expect(await runningCampaign()).toMatchObject({ id: world.campaignId, target: "1.34" });
  });

  it("starting is exclusive: a second start is refused and names the running campaign", async () => {
    const { id: next } = expectOk(await createCampaign(world.lead, nextYear));
    expectOk(await startCampaign(world.lead, { campaignId: world.campaignId }));
    const refused = await startCampaign(world.lead, { campaignId: next });
    expect(!refused.ok && refused.message).toContain("is running. Only one campaign runs at a time");
    expect(await statusOf(next)).toBe("planned");
  });

  it("two leads starting two campaigns at once: exactly one runs", async () => {
    const { id: next } = expectOk(await createCampaign(world.lead, nextYear));
    const results = await Promise.all([
      startCampaign(world.lead, { campaignId: world.campaignId }),
      startCampaign(world.lead, { campaignId: next }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.campaign.count({ where: { status: "running" } })).toBe(1);
  });

  it("the database itself refuses a second running campaign", async () => {
    const { id: next } = expectOk(await createCampaign(world.lead, nextYear));
    await db.campaign.update({ where: { id: world.campaignId }, data: { status: "running" } });
    await expect(db.campaign.update({ where: { id: next }, data: { status: "running" } })).rejects.toThrow();
  });

  it("only the lead starts a campaign", async () => {
    const refused = await startCampaign(world.engineer, { campaignId: world.campaignId });
    expect(!refused.ok && refused.message).toBe("Only the team lead can start campaigns.");
  });

  it("archiving the running campaign stops it; restoring brings it back planned, not running", async () => {
    expectOk(await startCampaign(world.lead, { campaignId: world.campaignId }));
    expectOk(await archiveCampaign(world.lead, { campaignId: world.campaignId }));
    expect(await runningCampaign()).toBeNull();
    expectOk(await restoreCampaign(world.lead, { campaignId: world.campaignId }));
    expect(await statusOf(world.campaignId)).toBe("planned");
    const log = await listActivity(world.campaignId);
    expect(log.slice(0, 3).map((entry) => entry.changes[0])).toEqual([
      { field: "Status", before: "Archived", after: "Planned" },
      { field: "Status", before: "Running", after: "Archived" },
      { field: "Status", before: "Planned", after: "Running" },
    ]);
  });
});

describe("deleteCampaign", () => {
  it("wants the name typed out, next to the field, and deletes nothing otherwise", async () => {
    const before = await snapshot();
    const wrong = await deleteCampaign(world.lead, { campaignId: world.campaignId, confirmation: "2026" });
    expect(!wrong.ok && wrong.fieldErrors?.confirmation?.[0]).toContain("Type the campaign's name");
    expect(await snapshot()).toEqual(before);
  });

  it("never deletes the running campaign", async () => {
    expectOk(await startCampaign(world.lead, { campaignId: world.campaignId }));
    const name = (await db.campaign.findUniqueOrThrow({ where: { id: world.campaignId } })).name;
    const refused = await deleteCampaign(world.lead, { campaignId: world.campaignId, confirmation: name });
    expect(!refused.ok && refused.message).toContain("cannot be deleted");
  });

  it("deletes a planned campaign with everything in it", async () => {
    const name = (await db.campaign.findUniqueOrThrow({ where: { id: world.campaignId } })).name;
    expectOk(await deleteCampaign(world.lead, { campaignId: world.campaignId, confirmation: name }));
    expect(await db.component.count({ where: { campaignId: world.campaignId } })).toBe(0);
    expect(await db.campaign.findUnique({ where: { id: world.campaignId } })).toBeNull();
  });
});

describe("reopenPhase", () => {
  it("reopens the step done last, and nothing earlier", async () => {
    expectOk(await advancePhase(world.lead, { campaignId: world.campaignId, step: 1 }));
    expectOk(await advancePhase(world.lead, { campaignId: world.campaignId, step: 2 }));
    const early = await reopenPhase(world.lead, { campaignId: world.campaignId, step: 1 });
    expect(!early.ok && early.message).toContain("Only the step done last");
    expectOk(await reopenPhase(world.lead, { campaignId: world.campaignId, step: 2 }));
    const phases = await getPhases(world.campaignId);
    expect(phases.map((p) => [p.step, p.completedAt !== null, p.startedAt !== null]).slice(0, 3)).toEqual([
      [1, true, true],
      [2, false, true],
      [3, false, false],
    ]);
  });

  it("reopening a completed campaign's last step runs it again", async () => {
    expectOk(await startCampaign(world.lead, { campaignId: world.campaignId }));
    for (let step = 1; step <= 8; step++)
      expectOk(await advancePhase(world.lead, { campaignId: world.campaignId, step }));
    expect(await statusOf(world.campaignId)).toBe("completed");
    expectOk(await reopenPhase(world.lead, { campaignId: world.campaignId, step: 8 }));
    expect(await statusOf(world.campaignId)).toBe("running");
  });
});

describe("updateCampaignPlan", () => {
  const planOf = async (campaignId: string) => {
    const campaign = await db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    const phases = await getPhases(campaignId);
    const day = (d: Date | null) => d!.toISOString().slice(0, 10);
    return {
      campaignId,
      revision: campaign.revision,
      name: campaign.name,
      kubernetesFrom: campaign.kubernetesFrom,
      kubernetesTo: campaign.kubernetesTo,
      maintenanceStart: campaign.maintenanceStart ? day(campaign.maintenanceStart) : "",
      maintenanceEnd: campaign.maintenanceEnd ? day(campaign.maintenanceEnd) : "",
      prdStrategy: prdStrategyOf(campaign.prdStrategy),
      steps: phases.map((p) => ({ step: p.step, plannedStart: day(p.plannedStart), plannedEnd: day(p.plannedEnd) })),
    };
  };

  it("logs every changed date and version as before -> after", async () => {
    const plan = await planOf(world.campaignId);
    plan.kubernetesTo = "1.35";
    plan.maintenanceStart = "2026-11-03";
    plan.maintenanceEnd = "2026-11-04";
    plan.steps[6] = { step: 7, plannedStart: "2026-11-03", plannedEnd: "2026-11-04" };
    expect(expectOk(await updateCampaignPlan(world.lead, plan)).changed).toBe(5);
    const [entry] = await listActivity(world.campaignId, { take: 1 });
    expect(entry?.changes).toEqual([
      { field: "Kubernetes target", before: "1.34", after: "1.35" },
      { field: "Prd window start", before: "27 Oct 2026", after: "3 Nov 2026" },
      { field: "Prd window end", before: "28 Oct 2026", after: "4 Nov 2026" },
      { field: "7. Prd maintenance: start", before: "27 Oct 2026", after: "3 Nov 2026" },
      { field: "7. Prd maintenance: end", before: "28 Oct 2026", after: "4 Nov 2026" },
    ]);
    expect((await getPhases(world.campaignId))[6]?.plannedStart).toEqual(new Date("2026-11-03T00:00:00Z"));
  });

  it("refuses a save made against an older plan, and changes nothing", async () => {
    const plan = await planOf(world.campaignId);
    expectOk(await updateCampaignPlan(world.lead, { ...plan, name: "First edit" }));
    const before = await snapshot();
    const stale = await updateCampaignPlan(world.lead, { ...plan, name: "Second edit" });
    expect(!stale.ok && "conflict" in stale && stale.conflict).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it("puts a step that ends before it starts next to that step's field", async () => {
    const plan = await planOf(world.campaignId);
    plan.steps[2] = { step: 3, plannedStart: "2026-09-20", plannedEnd: "2026-09-10" };
    const refused = await updateCampaignPlan(world.lead, plan);
    expect(!refused.ok && refused.fieldErrors?.["steps.2.plannedEnd"]?.[0]).toBe(
      "A step must end on or after its start.",
    );
  });

  it("is the lead's", async () => {
    const refused = await updateCampaignPlan(world.engineer, await planOf(world.campaignId));
    expect(!refused.ok && refused.message).toBe("Only the team lead can change the campaign's plan.");
  });

  it("leaves a completed or archived campaign's plan alone", async () => {
    expectOk(await startCampaign(world.lead, { campaignId: world.campaignId }));
    for (let step = 1; step <= 8; step++)
      expectOk(await advancePhase(world.lead, { campaignId: world.campaignId, step }));
    const completed = await updateCampaignPlan(world.lead, { ...(await planOf(world.campaignId)), name: "Rewritten" });
    expect(!completed.ok && completed.message).toBe(
      "This campaign is completed: reopen its last step to change the plan.",
    );
    expectOk(await archiveCampaign(world.lead, { campaignId: world.campaignId }));
    const archived = await updateCampaignPlan(world.lead, { ...(await planOf(world.campaignId)), name: "Rewritten" });
    expect(!archived.ok && archived.message).toBe("Restore the campaign before changing its plan.");
  });
});

describe("a completed campaign", () => {
  it("refuses every write to its components, verifications and conversation until it is reopened", async () => {
    expectOk(await startCampaign(world.lead, { campaignId: world.campaignId }));
    for (let step = 1; step <= 8; step++)
      expectOk(await advancePhase(world.lead, { campaignId: world.campaignId, step }));
    const before = await snapshot();
    const { argocd } = world;
    const attempts = [
      updateComponent(world.lead, {
        ...ARGOCD_INPUT,
        releaseNotes: [...ARGOCD_INPUT.releaseNotes],
        componentId: argocd.id,
        revision: argocd.revision,
        ownerId: world.engineer.id,
        targetVersion: "3.9.9",
      }),
      setVerification(world.engineer, {
        componentId: argocd.id,
        environmentId: world.environments.prd,
        status: "verified",
        revision: 0,
      }),
      createComponent(world.lead, { ...ARGOCD_INPUT, releaseNotes: [], name: "Late", campaignId: world.campaignId }),
      deleteComponent(world.lead, { componentId: argocd.id, revision: argocd.revision }),
      assignOwner(world.lead, { componentIds: [argocd.id], ownerId: null }),
      addComment(world.engineer, { componentId: argocd.id, body: "late note", pullRequestUrl: "", testRunUrl: "" }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(!result.ok && result.message).toMatch(/is completed: reopen its last step to change it\.$/);
    }
    expect(await snapshot()).toEqual(before);

    expectOk(await reopenPhase(world.lead, { campaignId: world.campaignId, step: 8 }));
    expectOk(
      await setVerification(world.engineer, {
        componentId: argocd.id,
        environmentId: world.environments.prd,
        status: "verified",
        revision: 0,
      }),
    );
  });
});
