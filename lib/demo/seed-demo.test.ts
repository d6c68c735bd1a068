import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getInventory, listCampaigns } from "@/lib/campaigns/queries";
import { attentionCounts, campaignProgress, currentPhase } from "@/lib/campaigns/progress";
import { getPhases } from "@/lib/campaigns/queries";
import { getRetrospective, openActionItemsBefore } from "@/lib/retrospectives/queries";
import { DEMO_COMPONENTS, DEMO_TEAM } from "./demo-inventory";
import { seedDemoIfEmpty } from "./seed-demo";

async function emptyDatabase() {
  await db.cluster.deleteMany();
  await db.retrospective.deleteMany();
  await db.activity.deleteMany();
  await db.campaign.deleteMany();
  await db.teamMember.deleteMany();
}

describe("demo data", () => {
  beforeEach(emptyDatabase);

  it("seeds a finished 1.28 → 1.31 campaign and a 1.31 → 1.34 one with Dev partly verified", async () => {
    expect(await seedDemoIfEmpty(new Date("2026-11-22T09:00:00Z"))).toBe("seeded");

    const campaigns = await listCampaigns();
    expect(campaigns.map((c) => [c.kubernetesFrom, c.kubernetesTo, c.completedAt !== null])).toEqual([
      ["1.31", "1.34", false],
      ["1.28", "1.31", true],
    ]);
    const [current, previous] = campaigns;
    expect(current!.previousCampaign?.id).toBe(previous!.id);
    expect(current!.componentCount).toBeGreaterThanOrEqual(15);
    expect(current!.componentCount).toBeLessThanOrEqual(20);

    const inventory = (await getInventory(current!.id))!;
    expect(inventory.team).toHaveLength(DEMO_TEAM.length);
    const [dev, stg, prd] = campaignProgress(inventory.components, inventory.environments);
    expect(dev!.settled).toBeGreaterThan(0);
    expect(dev!.settled).toBeLessThan(dev!.total);
    expect(stg!.settled).toBeLessThan(dev!.settled);
    expect(prd!.settled).toBe(0);
    const attention = attentionCounts(inventory.components);
    expect(attention.unassigned).toBe(DEMO_COMPONENTS.filter((c) => c.owner === null).length);
    expect(attention.breaking).toBeGreaterThan(0);
    expect(inventory.components.find((c) => c.name === "Argo CD")?.breaking.detected).toBe(true);
    expect(currentPhase(await getPhases(current!.id))?.title).toBe("Dev components");

    expect(
      (await db.cluster.findMany({ include: { environment: true }, orderBy: { name: "asc" } })).map(
        (c) => `${c.environment.name}:${c.context}`,
      ),
    ).toEqual(["Dev:dev-gpu", "Prd:prd-eks", "Prd:prd-gpu", "Stg:stg-batch", "Stg:stg-gpu"]);

    expect((await openActionItemsBefore(current!.id)).map((item) => item.title)).toEqual([
      "Add a pluto scan of all tenant repos to CI",
    ]);
    const retrospective = await getRetrospective(previous!.id, null);
    expect(retrospective?.closedAt).not.toBeNull();
    expect(retrospective?.cards[0]?.votes).toBe(4);

    const last = (await getInventory(previous!.id))!;
    for (const progress of campaignProgress(last.components, last.environments)) expect(progress.percent).toBe(100);
  });

  it("never writes into a database that already holds a team's data", async () => {
    const member = await db.teamMember.create({ data: { name: "Real Lead", email: "real@example.com", role: "lead" } });
    const before = await db.teamMember.findMany();

    expect(await seedDemoIfEmpty()).toBe("skipped: database has data");
    expect(await db.teamMember.findMany()).toEqual(before);
    expect(await db.campaign.count()).toBe(0);
    await db.teamMember.delete({ where: { id: member.id } });
  });

  it("seeds once: a second run changes nothing", async () => {
    await seedDemoIfEmpty();
    const counts = async () => [await db.campaign.count(), await db.component.count(), await db.teamMember.count()];
    const first = await counts();
    expect(await seedDemoIfEmpty()).toBe("skipped: database has data");
    expect(await counts()).toEqual(first);
  });
});
