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
  noteDraft,
  removeCard,
  revealVotes,
  setVotingRules,
  toggleVote,
  unmergeCard,
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
    expect(clicks.every((c) => c.ok || c.message.includes("counted at the same moment"))).toBe(true);
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

describe("the vote budget", () => {
  it("refuses a vote over the budget, even when all are sent at once", async () => {
    const cards = await Promise.all(
      ["a", "b", "c", "d", "e", "f"].map((body) => card("problem", `Problem ${body}`, world.lead)),
    );
    const results = await Promise.all(cards.map((cardId) => toggleVote(world.engineer, { cardId })));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.find((r) => !r.ok && r.message.includes("used all 3"))).toBeTruthy();
    expect(await db.retroVote.count({ where: { memberId: world.engineer.id } })).toBe(3);

    // Taking one back frees it for another card.
    const voted = (await db.retroVote.findFirstOrThrow({ where: { memberId: world.engineer.id } })).cardId;
    expectOk(await toggleVote(world.engineer, { cardId: voted }));
    const unvoted = await db.retroVote.findMany({ where: { memberId: world.engineer.id }, select: { cardId: true } });
    const free = cards.find((c) => c !== voted && !unvoted.some((v) => v.cardId === c))!;
    expect(expectOk(await toggleVote(world.engineer, { cardId: free }))).toEqual({ voted: true });
  });

  it("is the lead's to set; hidden counts show as none until revealed, then cards sort by votes", async () => {
    const quiet = await card("keep", "Quiet one.");
    const loud = await card("keep", "Loud one.");
    expect(
      (await setVotingRules(world.engineer, { campaignId: world.campaignId, voteBudget: 5, votesHidden: true })).ok,
    ).toBe(false);
    const tooFew = await setVotingRules(world.lead, { campaignId: world.campaignId, voteBudget: 0, votesHidden: true });
    expect(!tooFew.ok && tooFew.fieldErrors?.voteBudget).toEqual(["Everyone needs at least one vote."]);
    expectOk(await setVotingRules(world.lead, { campaignId: world.campaignId, voteBudget: 1, votesHidden: true }));
    expectOk(await toggleVote(world.lead, { cardId: loud }));
    expectOk(await toggleVote(world.engineer, { cardId: loud }));
    const second = await toggleVote(world.engineer, { cardId: quiet });
    expect(!second.ok && second.message).toContain("used all 1 of your votes");

    const hidden = (await getRetrospective(world.campaignId, world.engineer.id))!;
    expect(hidden.votesVisible).toBe(false);
    expect(hidden.cards.map((c) => [c.id, c.votes, c.votedByMe])).toEqual([
      [quiet, null, false],
      [loud, null, true],
    ]);
    expectOk(await revealVotes(world.lead, { campaignId: world.campaignId }));
    const shown = (await getRetrospective(world.campaignId, world.engineer.id))!;
    expect(shown.cards.map((c) => [c.id, c.votes])).toEqual([
      [loud, 2],
      [quiet, 0],
    ]);
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

  it("merge deliberately: the chosen card stays, the other shows under it, votes count once per person; undo restores both", async () => {
    const a = await card("try", "Automate the pluto scan.");
    const b = await card("try", "Run pluto in CI.", world.lead);
    await toggleVote(world.lead, { cardId: a });
    await toggleVote(world.lead, { cardId: b });
    await toggleVote(world.engineer, { cardId: a });
    const empty = await mergeCards(world.engineer, { sourceId: a, targetId: "" });
    expect(empty.ok).toBe(false);
    expectOk(await mergeCards(world.engineer, { sourceId: a, targetId: b }));
    const [merged] = (await getRetrospective(world.campaignId, null))!.cards;
    expect(merged).toMatchObject({ id: b, body: "Run pluto in CI.", votes: 2 });
    expect(merged!.mergedCards.map((c) => c.body)).toEqual(["Automate the pluto scan."]);

    expectOk(await unmergeCard(world.engineer, { cardId: a }));
    const cards = (await getRetrospective(world.campaignId, null))!.cards;
    expect(cards.map((c) => [c.body, c.votes, c.mergedCards.length])).toEqual([
      ["Automate the pluto scan.", 2, 0],
      ["Run pluto in CI.", 1, 0],
    ]);
  });

  it("can be removed by the lead only, logged with its text", async () => {
    const id = await card("problem", "Off-topic rant about the coffee machine.");
    expect((await removeCard(world.engineer, { cardId: id })).ok).toBe(false);
    expectOk(await removeCard(world.lead, { cardId: id }));
    expect(await db.retroCard.count({ where: { id } })).toBe(0);
    const [entry] = await listActivity(world.campaignId, { take: 1 });
    expect(entry?.changes).toEqual([
      { field: "Card", before: "Off-topic rant about the coffee machine.", after: "removed" },
    ]);
  });
});

describe("closing while someone writes", () => {
  it("names who is still writing, and closes only when the lead insists", async () => {
    expectOk(await noteDraft(world.engineer, { campaignId: world.campaignId, drafting: true }));
    const warned = await closeRetrospective(world.lead, { campaignId: world.campaignId });
    expect(!warned.ok && warned.message).toBe("Ren Engineer is still writing a card.");
    expect(!warned.ok && warned.fieldErrors?.force?.[0]).toContain("Close anyway?");
    expect((await getRetrospective(world.campaignId, null))?.closedAt).toBeNull();
    expectOk(await closeRetrospective(world.lead, { campaignId: world.campaignId, force: true }));
    expect((await getRetrospective(world.campaignId, null))?.closedAt).not.toBeNull();
  });

  it("closes at once when nobody is writing any more", async () => {
    expectOk(await noteDraft(world.engineer, { campaignId: world.campaignId, drafting: true }));
    expectOk(await noteDraft(world.engineer, { campaignId: world.campaignId, drafting: false }));
    expectOk(await closeRetrospective(world.lead, { campaignId: world.campaignId }));
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
