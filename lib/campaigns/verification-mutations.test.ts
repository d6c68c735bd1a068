import { beforeEach, describe, expect, it } from "vitest";
import { createScenario, expectOk, snapshot, type Scenario } from "@/lib/testing/scenario";
import { environmentProgress } from "./progress";
import { getInventory, listActivity } from "./queries";
import { setVerification } from "./verification-mutations";

let world: Scenario;
beforeEach(async () => {
  world = await createScenario();
});

describe("setVerification", () => {
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
    expectOk(await setVerification(world.lead, { ...tick, status: "failed" }));
    const before = await snapshot();
    const stale = await setVerification(world.engineer, { ...tick, status: "verified" });
    expect(!stale.ok && stale.conflict).toBe(true);
    expect(!stale.ok && stale.message).toContain("Haruka Lead saved ArgoCD on Dev");
    expect(await snapshot()).toEqual(before);
  });

  it("lets one of two simultaneous first ticks through", async () => {
    const tick = { componentId: world.argocd.id, environmentId: world.environments.stg, note: "", revision: 0 };
    const results = await Promise.all([
      setVerification(world.lead, { ...tick, status: "failed" }),
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
});
