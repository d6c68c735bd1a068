import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCampaign } from "@/lib/campaigns/campaign-mutations";
import { createMember, createScenario, expectOk, type Scenario } from "@/lib/testing/scenario";
import { getCampaignSummary, listActivity } from "@/lib/campaigns/queries";
import { retrospectiveMarkdown } from "@/lib/reports/markdown";
import { loadCampaignReport } from "@/lib/reports/campaign-report";
import {
  addCard,
  closeActionItem,
  closeRetrospective,
  deleteCard,
  editCard,
  makeActionItem,
  mergeCards,
  toggleVote,
} from "./mutations";
import { getRetrospective, openActionItemsBefore, openActionItemsOwnedBy } from "./queries";

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
  // One database per test file: earlier tests' open items would show on every later campaign too.
  beforeEach(() => db.actionItem.updateMany({ where: { doneAt: null }, data: { doneAt: new Date() } }));

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

describe("action items", () => {
  // One database per test file: earlier tests' open items would show on every later campaign too.
  beforeEach(() => db.actionItem.updateMany({ where: { doneAt: null }, data: { doneAt: new Date() } }));

  const nextCampaign = (name: string, previousCampaignId: string) =>
    createCampaign(world.lead, {
      name,
      kubernetesFrom: "1.34",
      kubernetesTo: "1.37",
      startDate: "2027-09-01",
      maintenanceStart: "",
      maintenanceEnd: "",
      previousCampaignId,
    });

  it("stay on every later campaign's overview until closed, however many campaigns ago they were written", async () => {
    const tryCard = await card("try", "Split the Prd workers into batches.");
    const doneCard = await card("try", "Write the users' release notes earlier.");
    expect((await makeActionItem(world.engineer, { cardId: tryCard, title: "x", ownerId: null, dueDate: "" })).ok).toBe(
      false,
    );
    const item = {
      cardId: tryCard,
      title: "Batch Prd workers with PDBs",
      ownerId: world.engineer.id,
      dueDate: "2027-03-01",
    };
    expectOk(await makeActionItem(world.lead, item));
    expectOk(
      await makeActionItem(world.lead, { cardId: doneCard, title: "Notes a month ahead", ownerId: null, dueDate: "" }),
    );
    const done = await db.actionItem.findFirstOrThrow({ where: { cardId: doneCard } });
    expectOk(await closeActionItem(world.lead, { actionItemId: done.id, done: true }));

    const { id: next } = expectOk(await nextCampaign("Next", world.campaignId));
    const { id: afterNext } = expectOk(await nextCampaign("After next", next));
    for (const campaignId of [next, afterNext])
      expect(
        (await openActionItemsBefore(campaignId)).map((i) => [i.title, i.owner?.name, i.source.campaignId]),
      ).toEqual([["Batch Prd workers with PDBs", "Ren Engineer", world.campaignId]]);
    expect((await openActionItemsOwnedBy(world.engineer.id)).map((i) => i.title)).toEqual([
      "Batch Prd workers with PDBs",
    ]);
    // Not on its own campaign's overview: it is on that campaign's retrospective.
    expect(await openActionItemsBefore(world.campaignId)).toEqual([]);
  });

  it("closed by its owner from a later campaign is closed in its retrospective and its export, with who and when", async () => {
    const tryCard = await card("try", "Run pluto in CI.");
    expectOk(
      await makeActionItem(world.lead, {
        cardId: tryCard,
        title: "pluto in CI",
        ownerId: world.engineer.id,
        dueDate: "",
      }),
    );
    const { id: next } = expectOk(await nextCampaign("Next", world.campaignId));
    const [item] = await openActionItemsBefore(next);
    expectOk(await closeActionItem(world.engineer, { actionItemId: item!.id, done: true }));

    expect(await openActionItemsBefore(next)).toEqual([]);
    const retrospective = (await getRetrospective(world.campaignId, null))!;
    const closed = retrospective.cards.find((c) => c.id === tryCard)!.actionItem!;
    expect(closed).toMatchObject({ doneBy: { name: "Ren Engineer" } });
    expect(closed.doneAt).toBeInstanceOf(Date);
    const campaign = (await getCampaignSummary(world.campaignId))!;
    const markdown = retrospectiveMarkdown(
      campaign,
      retrospective,
      (await loadCampaignReport(world.campaignId))!.facts,
    );
    expect(markdown).toMatch(/- \[x\] pluto in CI \(Ren Engineer\), closed .* by Ren Engineer/);
    const history = await listActivity(world.campaignId);
    expect(history.map((entry) => entry.subject)).toContain("pluto in CI");
  });

  it("are closed only by their owner or the lead", async () => {
    const tryCard = await card("try", "Pin charts.");
    expectOk(await makeActionItem(world.lead, { cardId: tryCard, title: "Pin charts", ownerId: null, dueDate: "" }));
    const item = await db.actionItem.findFirstOrThrow({ where: { cardId: tryCard } });
    const refused = await closeActionItem(world.engineer, { actionItemId: item.id, done: true });
    expect(!refused.ok && refused.message).toBe("Only its owner or the team lead can close an action item.");
    expect((await db.actionItem.findUniqueOrThrow({ where: { id: item.id } })).doneAt).toBeNull();
  });
});
