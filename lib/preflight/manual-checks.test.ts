import { beforeEach, describe, expect, it } from "vitest";
import { listActivity } from "@/lib/campaigns/queries";
import { db } from "@/lib/db";
import { campaignGates } from "@/lib/gate/queries";
import { createScenario, expectOk, type Scenario } from "@/lib/testing/scenario";
import { tickManualCheck, untickManualCheck } from "./mutations";

let world: Scenario;
beforeEach(async () => {
  world = await createScenario();
});

const manualCheck = async () => {
  const gates = await campaignGates(world.campaignId, []);
  return gates?.find((gate) => gate.environment.name === "Stg")?.campaignChecks.find((c) => c.id === "manual-checks");
};
const tick = (
  item: "etcd-snapshot" | "kubeadm-config" | "feature-gates" | "conformance",
  evidence = "Restore tested on stg-restore, log in PLAT-7.",
) => ({
  campaignId: world.campaignId,
  environmentId: world.environments.stg,
  item,
  evidence,
});

describe("the checks no API shows", () => {
  it("open the gate once each is ticked with evidence, say who and when, and block again when one is taken back", async () => {
    expect((await manualCheck())?.verdict).toBe("block");
    for (const item of ["etcd-snapshot", "kubeadm-config", "feature-gates", "conformance"] as const)
      expectOk(await tickManualCheck(world.engineer, tick(item)));
    const check = await manualCheck();
    expect(check?.verdict).toBe("pass");
    expect(check?.items[0]?.detail).toMatch(/^Ren Engineer, .*: Restore tested on stg-restore/);
    const [logged] = await listActivity(world.campaignId, { take: 1 });
    expect(logged).toMatchObject({ subject: "Stg: Conformance run on the previous environment's result" });

    const which = {
      campaignId: world.campaignId,
      environmentId: world.environments.stg,
      item: "etcd-snapshot" as const,
    };
    expectOk(await untickManualCheck(world.lead, which));
    expect((await manualCheck())?.verdict).toBe("block");
  });

  it("keeps one tick per check: ticking again replaces the evidence", async () => {
    expectOk(await tickManualCheck(world.engineer, tick("etcd-snapshot", "First snapshot, restore not yet tested.")));
    expectOk(
      await tickManualCheck(world.lead, tick("etcd-snapshot", "Second snapshot, restore tested on stg-restore.")),
    );
    const rows = await db.manualCheck.findMany({ where: { campaignId: world.campaignId } });
    expect(rows.map((row) => row.evidence)).toEqual(["Second snapshot, restore tested on stg-restore."]);
  });

  it("refuses a viewer, a tick without evidence (beside the field), and a campaign that is over", async () => {
    const viewer = await db.teamMember.create({
      data: {
        name: "Vera Viewer",
        email: `vera-${Math.random().toString(36).slice(2, 8)}@example.com`,
        role: "viewer",
      },
    });
    const refused = await tickManualCheck({ id: viewer.id, name: viewer.name, role: "viewer" }, tick("etcd-snapshot"));
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("Viewers") });
    expect(await tickManualCheck(world.engineer, tick("etcd-snapshot", "done"))).toMatchObject({
      ok: false,
      fieldErrors: { evidence: [expect.stringContaining("Give the evidence")] },
    });
    await db.campaign.update({ where: { id: world.campaignId }, data: { status: "completed" } });
    expect(await tickManualCheck(world.engineer, tick("etcd-snapshot"))).toMatchObject({
      ok: false,
      message: expect.stringContaining("is over"),
    });
  });
});
