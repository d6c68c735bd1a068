import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCampaign } from "@/lib/campaigns/campaign-mutations";
import { createMember, createScenario, expectOk, type Scenario } from "@/lib/testing/scenario";
import { addCard, closeRetrospective, deleteCard, editCard, makeActionItem, mergeCards, toggleVote } from "./mutations";
import { getRetrospective, listChecklist } from "./queries";

let world: Scenario;
beforeEach(async () => {
  world = await createScenario();
});

const card = async (column: "keep" | "problem" | "try", body: string, actor = world.engineer) =>
  expectOk(await addCard(actor, { campaignId: world.campaignId, column, body })).id;

describe("votes", () => {
  it("are one per person per card under concurrent clicks, and a second click takes the vote back", async () => {
    const id = await card("keep", "Dev first, then Stg, worked.");
    const clicks = await Promise.all(Array.from({ length: 8 }, () => toggleVote(world.lead, { cardId: id })));
    expect(clicks.every((c) => c.ok)).toBe(true);
    const votes = await db.retroVote.count({ where: { cardId: id, memberId: world.lead.id } });
    expect(votes).toBeLessThanOrEqual(1);

    await db.retroVote.deleteMany({ where: { cardId: id } });
    expect(expectOk(await toggleVote(world.lead, { cardId: id }))).toEqual({ voted: true });
    expect(expectOk(await toggleVote(world.engineer, { cardId: id }))).toEqual({ voted: true });
    expect(expectOk(await toggleVote(world.lead, { cardId: id }))).toEqual({ voted: false });
    const view = await getRetrospective(world.campaignId, world.engineer.id);
    expect(view?.cards[0]).toMatchObject({ votes: 1, votedByMe: true });
  });
});

describe("cards", () => {
  it("sort by votes; only their author edits or deletes them", async () => {
    const quiet = await card("problem", "ESO v1beta1 CRDs broke a tenant.");
    const loud = await card("problem", "Kustomize major bump in Argo CD 3.");
    await toggleVote(world.lead, { cardId: loud });
    expect((await getRetrospective(world.campaignId, null))?.cards.map((c) => c.id)).toEqual([loud, quiet]);

    const notMine = await editCard(world.lead, { cardId: quiet, body: "changed", revision: 0 });
    expect(!notMine.ok && notMine.message).toContain("Only the person who wrote a card");
    expectOk(
      await editCard(world.engineer, { cardId: quiet, body: "ESO **v1beta1** CRDs broke a tenant.", revision: 0 }),
    );
    expect((await deleteCard(world.lead, { cardId: quiet })).ok).toBe(false);
    expectOk(await deleteCard(world.engineer, { cardId: quiet }));
    expect((await getRetrospective(world.campaignId, null))?.cards).toHaveLength(1);
  });

  it("merge into one card: text kept, votes pooled with one per person", async () => {
    const a = await card("try", "Automate the pluto scan.");
    const b = await card("try", "Run pluto in CI.", world.lead);
    await toggleVote(world.lead, { cardId: a });
    await toggleVote(world.lead, { cardId: b });
    await toggleVote(world.engineer, { cardId: a });
    expectOk(await mergeCards(world.engineer, { sourceId: a, targetId: b }));
    const [merged] = (await getRetrospective(world.campaignId, null))!.cards;
    expect(merged).toMatchObject({ id: b, votes: 2, merged: 1 });
    expect(merged!.body).toContain("Run pluto in CI.");
    expect(merged!.body).toContain("Automate the pluto scan.");
  });
});

describe("a closed retrospective", () => {
  it("refuses every change and leaves the cards as they were", async () => {
    const id = await card("keep", "Maintenance window went to plan.");
    expect((await closeRetrospective(world.engineer, { campaignId: world.campaignId })).ok).toBe(false);
    expectOk(await closeRetrospective(world.lead, { campaignId: world.campaignId }));
    const before = await db.retroCard.findMany({ include: { votes: true } });

    for (const result of [
      await addCard(world.engineer, { campaignId: world.campaignId, column: "keep", body: "late" }),
      await editCard(world.engineer, { cardId: id, body: "edited", revision: 0 }),
      await deleteCard(world.engineer, { cardId: id }),
      await toggleVote(world.lead, { cardId: id }),
    ]) {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toBe("The retrospective is closed: it is read-only now.");
    }
    expect(await db.retroCard.findMany({ include: { votes: true } })).toEqual(before);
  });
});

describe("action items", () => {
  it("are given only to members on the team now: a removed member is refused like an unknown one", async () => {
    const tryCard = await card("try", "Rehearse the etcd restore before Prd.");
    const gone = await createMember("engineer");
    await db.teamMember.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    for (const ownerId of [gone.id, "no-such-member"]) {
      const refused = await makeActionItem(world.lead, {
        cardId: tryCard,
        title: "Restore drill",
        ownerId,
        dueDate: "",
      });
      expect(!refused.ok && refused.fieldErrors).toEqual({ ownerId: ["Choose a member of the team."] });
    }
    expect(await db.actionItem.count({ where: { cardId: tryCard } })).toBe(0);
  });
});

describe("carry forward", () => {
  it("puts the open action items into the next campaign's checklist exactly once", async () => {
    const tryCard = await card("try", "Split the Prd workers into batches.");
    const doneCard = await card("try", "Write the users' release notes earlier.");
    expect((await makeActionItem(world.engineer, { cardId: tryCard, title: "x", ownerId: null, dueDate: "" })).ok).toBe(
      false,
    );
    expectOk(
      await makeActionItem(world.lead, {
        cardId: tryCard,
        title: "Batch Prd workers with PDBs",
        ownerId: world.engineer.id,
        dueDate: "2027-03-01",
      }),
    );
    expectOk(
      await makeActionItem(world.lead, {
        cardId: doneCard,
        title: "Release notes a month ahead",
        ownerId: null,
        dueDate: "",
      }),
    );
    await db.actionItem.updateMany({ where: { cardId: doneCard }, data: { doneAt: new Date() } });

    const next = (previousCampaignId: string) =>
      createCampaign(world.lead, {
        name: "Next",
        kubernetesFrom: "1.34",
        kubernetesTo: "1.37",
        startDate: "2027-09-01",
        maintenanceStart: "",
        maintenanceEnd: "",
        previousCampaignId,
      });
    const { id } = expectOk(await next(world.campaignId));
    expect((await listChecklist(id)).map((i) => [i.text, i.ownerName])).toEqual([
      ["Batch Prd workers with PDBs", "Ren Engineer"],
    ]);

    // Carrying forward again into the same campaign adds nothing.
    const { carryForwardActionItems } = await import("./mutations");
    expect(await db.$transaction((tx) => carryForwardActionItems(tx, world.campaignId, id))).toBe(0);
    expect(await listChecklist(id)).toHaveLength(1);
  });
});
