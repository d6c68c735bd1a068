import { beforeEach, describe, expect, it } from "vitest";
import { startCampaign } from "@/lib/campaigns/lifecycle-mutations";
import { listActivity } from "@/lib/campaigns/queries";
import { db } from "@/lib/db";
import { createScenario, expectOk, type Scenario } from "@/lib/testing/scenario";
import { overrideGateCheck, withdrawOverride } from "./mutations";
import { campaignGates } from "./queries";

let world: Scenario;
beforeEach(async () => {
  await db.campaign.updateMany({ where: { status: "running" }, data: { status: "archived" } });
  world = await createScenario();
  expectOk(await startCampaign(world.lead, { campaignId: world.campaignId }));
});

const windowCheck = async (now = new Date()) => {
  const gates = await campaignGates(world.campaignId, [], now);
  return gates?.find((g) => g.environment.name === "Prd")?.campaignChecks.find((c) => c.id === "maintenance-window");
};

const input = () => ({
  campaignId: world.campaignId,
  environmentId: world.environments.prd,
  checkId: "maintenance-window" as const,
  reason: "CVE-2026-1234 in kubelet: patch tonight",
  hours: 4,
});

describe("overriding the maintenance window", () => {
  it("turns the block into a warning that says who and why, logged, until it expires", async () => {
    expect((await windowCheck())?.verdict).toBe("block");
    expectOk(await overrideGateCheck(world.lead, input()));
    const check = await windowCheck();
    expect(check?.verdict).toBe("warn");
    expect(check?.sentence).toContain("Haruka Lead let it pass until");
    expect(check?.sentence).toContain("CVE-2026-1234 in kubelet");
    expect((await windowCheck(new Date(Date.now() + 5 * 3600_000)))?.verdict).toBe("block");
    const [entry] = await listActivity(world.campaignId, { take: 1 });
    expect(entry).toMatchObject({ subject: "Prd gate" });
  });

  it("needs a reason and the lead", async () => {
    const noReason = await overrideGateCheck(world.lead, { ...input(), reason: "" });
    expect(!noReason.ok && noReason.fieldErrors?.reason).toEqual([
      "Say why, in a sentence: it goes into the activity log.",
    ]);
    const engineer = await overrideGateCheck(world.engineer, input());
    expect(!engineer.ok && engineer.message).toBe("Only the team lead can override the gate.");
    const otherCheck = await overrideGateCheck(world.lead, { ...input(), checkId: "skew-policy" as never });
    expect(otherCheck.ok).toBe(false);
    expect(await db.gateOverride.count({ where: { campaignId: world.campaignId } })).toBe(0);
  });

  it("can be withdrawn: the window blocks again", async () => {
    const { id } = expectOk(await overrideGateCheck(world.lead, input()));
    expectOk(await withdrawOverride(world.lead, { overrideId: id }));
    expect((await windowCheck())?.verdict).toBe("block");
  });
});
