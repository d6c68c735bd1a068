import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createScenario, expectOk, snapshot, type Scenario } from "@/lib/testing/scenario";
import { ARGOCD_INPUT } from "@/lib/testing/argocd-input";
import { createComponent } from "./component-mutations";
import { environmentProgress } from "./progress";
import { getInventory, listActivity } from "./queries";
import { setVerification } from "./verification-mutations";

let world: Scenario;
beforeEach(async () => {
  world = await createScenario();
});

describe("setVerification", () => {
  it("lets engineers tick their own components at the same moment: none is refused or lost", async () => {
    const engineers = await Promise.all(Array.from({ length: 6 }, () => createMember("engineer")));
    const components: { id: string }[] = [];
    for (const [index, engineer] of engineers.entries())
      components.push(
        expectOk(
          await createComponent(world.lead, {
            ...ARGOCD_INPUT,
            name: `parallel-${index}`,
            ownerId: engineer.id,
            releaseNotes: [...ARGOCD_INPUT.releaseNotes],
            campaignId: world.campaignId,
          }),
        ),
      );
    const results = await Promise.all(
      engineers.map((engineer, index) =>
        setVerification(engineer, {
          componentId: components[index]!.id,
          environmentId: world.environments.dev,
          status: "verified",
          revision: 0,
        }),
      ),
    );
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(
      await db.verification.count({
        where: {
          componentId: { in: components.map((c) => c.id) },
          environmentId: world.environments.dev,
          status: "verified",
        },
      }),
    ).toBe(engineers.length);
  });

  it("records who verified what and when, and moves the environment's progress", async () => {
    const tick = {
      componentId: world.argocd.id,
      environmentId: world.environments.dev,
      note: "sync waves OK",
      revision: 0,
    };
    const verified = expectOk(await setVerification(world.engineer, { ...tick, status: "verified" }));
    expect(verified).toMatchObject({
      status: "verified",
      note: "sync waves OK",
      verifiedBy: { name: "Ren Engineer" },
      revision: 1,
    });
    expect(verified.updatedAt).toBeInstanceOf(Date);

    const inventory = (await getInventory(world.campaignId))!;
    const dev = inventory.environments.find((e) => e.id === world.environments.dev)!;
    expect(environmentProgress(inventory.components, dev).percent).toBe(100);

    const [entry] = await listActivity(world.campaignId);
    expect(entry?.subject).toBe("ArgoCD on Dev");
    expect(entry?.changes).toContainEqual({ field: "Verification", before: "Pending", after: "Verified" });
  });

  it("refuses a tick made from a stale view and keeps the newer one", async () => {
    const tick = { componentId: world.argocd.id, environmentId: world.environments.dev, note: "", revision: 0 };
    expectOk(await setVerification(world.lead, { ...tick, status: "failed", note: "sync loop on the root app" }));
    const before = await snapshot();
    const stale = await setVerification(world.engineer, { ...tick, status: "verified" });
    expect(!stale.ok && stale.conflict).toBe(true);
    expect(!stale.ok && stale.message).toContain("Haruka Lead saved ArgoCD on Dev");
    expect(await snapshot()).toEqual(before);
  });

  it("lets one of two simultaneous first ticks through", async () => {
    const tick = { componentId: world.argocd.id, environmentId: world.environments.stg, note: "", revision: 0 };
    const results = await Promise.all([
      setVerification(world.lead, { ...tick, status: "in-progress" }),
      setVerification(world.engineer, { ...tick, status: "verified" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.conflict)).toHaveLength(1);
  });

  it("refuses an unknown status or an over-long note", async () => {
    const tick = { componentId: world.argocd.id, environmentId: world.environments.dev, revision: 0 };
    const badStatus = await setVerification(world.lead, { ...tick, status: "done" as never, note: "" });
    expect(!badStatus.ok && badStatus.fieldErrors?.status).toBeTruthy();
    const longNote = await setVerification(world.lead, { ...tick, status: "verified", note: "x".repeat(2001) });
    expect(!longNote.ok && longNote.fieldErrors?.note?.[0]).toContain("under 2,000");
  });

  it("refuses Failed or Skipped without a reason, and changes nothing", async () => {
    const tick = { componentId: world.argocd.id, environmentId: world.environments.dev, revision: 0 };
    const before = await snapshot();
    const failed = await setVerification(world.engineer, { ...tick, status: "failed" });
    expect(!failed.ok && failed.fieldErrors?.note).toEqual(["Say what failed: others act on it."]);
    const skipped = await setVerification(world.engineer, { ...tick, status: "skipped", note: "   " });
    expect(!skipped.ok && skipped.fieldErrors?.note).toEqual(["Say why it is skipped here."]);
    expect(await snapshot()).toEqual(before);
  });

  it("does not carry a note over to another status unless it is given again", async () => {
    const tick = { componentId: world.argocd.id, environmentId: world.environments.dev };
    const failed = expectOk(
      await setVerification(world.engineer, { ...tick, status: "failed", note: "image pull fails", revision: 0 }),
    );
    const verified = expectOk(
      await setVerification(world.engineer, { ...tick, status: "verified", revision: failed.revision }),
    );
    expect(verified.note).toBe("");
    const kept = expectOk(
      await setVerification(world.engineer, { ...tick, status: "verified", note: "fixed in 2.14.3", revision: 2 }),
    );
    const same = expectOk(
      await setVerification(world.engineer, { ...tick, status: "verified", revision: kept.revision }),
    );
    expect(same.note).toBe("fixed in 2.14.3");
  });

  it("records the version verified; a later change of target makes the tick stale and unsettled", async () => {
    const tick = { componentId: world.argocd.id, environmentId: world.environments.dev, revision: 0 };
    const verified = expectOk(await setVerification(world.engineer, { ...tick, status: "verified" }));
    expect(verified.verifiedVersion).toBe(world.argocd.targetVersion);
    const dev = () => getInventory(world.campaignId).then((inventory) => inventory!);
    let inventory = await dev();
    const environment = inventory.environments.find((e) => e.id === world.environments.dev)!;
    expect(environmentProgress(inventory.components, environment)).toMatchObject({ settled: 1, stale: 0 });

    await db.component.update({ where: { id: world.argocd.id }, data: { targetVersion: "v9.9.9" } });
    inventory = await dev();
    const argocd = inventory.components.find((c) => c.id === world.argocd.id)!;
    expect(argocd.verifications[world.environments.dev]).toMatchObject({ status: "verified", stale: true });
    expect(environmentProgress(inventory.components, environment)).toMatchObject({ settled: 0, stale: 1 });
  });
});
