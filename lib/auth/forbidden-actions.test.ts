import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import * as campaignActions from "@/lib/campaigns/actions";
import * as environmentActions from "@/lib/environments/actions";
import * as fleetActions from "@/lib/fleet/actions";
import * as retrospectiveActions from "@/lib/retrospectives/actions";
import * as teamActions from "@/lib/team/actions";
import { addCard, makeActionItem } from "@/lib/retrospectives/mutations";
import { createCampaign } from "@/lib/campaigns/campaign-mutations";
import type { ActionResult } from "@/lib/mutations/result";
import { createMember, createScenario, expectOk, type Scenario } from "@/lib/testing/scenario";
import { sessionCookies } from "@/lib/testing/session-cookies";
import { startSession } from "./session";
import type { SignedInMember } from "@/lib/auth/member";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookies")).sessionCookies.module);

/*
 * Every mutating server action, called directly the way a forged request would call it, by a
 * signed-in viewer and by an engineer on a component someone else owns: each is refused with a
 * sentence and the database is exactly as before.
 */

let world: Scenario & {
  otherEngineer: SignedInMember;
  viewer: SignedInMember;
  tryCard: string;
  secondTryCard: string;
  actionItem: string;
  clusterId: string;
  nextCampaign: string;
};

beforeAll(async () => {
  const scenario = await createScenario();
  const [otherEngineer, viewer] = await Promise.all([
    createMember("engineer", "Sora Other"),
    createMember("viewer", "Hana Viewer"),
  ]);
  const tryCard = expectOk(
    await addCard(scenario.engineer, {
      campaignId: scenario.campaignId,
      column: "try",
      body: "Read the CRD removals earlier.",
    }),
  ).id;
  const secondTryCard = expectOk(
    await addCard(scenario.lead, { campaignId: scenario.campaignId, column: "try", body: "Pin Helm chart versions." }),
  ).id;
  expectOk(
    await makeActionItem(scenario.lead, {
      cardId: tryCard,
      title: "CRD check a month ahead",
      ownerId: null,
      dueDate: "",
    }),
  );
  const next = expectOk(
    await createCampaign(scenario.lead, {
      name: "Next year",
      kubernetesFrom: "1.34",
      kubernetesTo: "1.36",
      startDate: "2027-09-01",
      maintenanceStart: "2027-10-27",
      maintenanceEnd: "2027-10-28",
      previousCampaignId: scenario.campaignId,
    }),
  );
  const actionItem = (await db.actionItem.findFirstOrThrow({ where: { cardId: tryCard } })).id;
  const cluster = await db.cluster.create({
    data: { name: "dev-a", context: "dev-a", environmentId: scenario.environments.dev },
  });
  world = {
    ...scenario,
    otherEngineer,
    viewer,
    tryCard,
    secondTryCard,
    actionItem,
    clusterId: cluster.id,
    nextCampaign: next.id,
  };
});

beforeEach(() => sessionCookies.clear());

async function signInAs(member: SignedInMember) {
  sessionCookies.clear();
  await startSession(member.id);
}

/** Every table a refused action could have touched (sessions aside: signing in writes one). */
async function wholeDatabase() {
  const order = { orderBy: { id: "asc" as const } };
  return Promise.all([
    db.teamMember.findMany(order),
    db.teamSettings.findMany(),
    db.environment.findMany(order),
    db.cluster.findMany(order),
    db.campaign.findMany(order),
    db.campaignPhase.findMany(order),
    db.component.findMany(order),
    db.releaseNoteLink.findMany(order),
    db.verification.findMany(order),
    db.activity.findMany(order),
    db.retrospective.findMany(order),
    db.retroCard.findMany(order),
    db.retroVote.findMany(order),
    db.actionItem.findMany(order),
  ]);
}

const componentForm = () => ({
  componentId: world.argocd.id,
  revision: world.argocd.revision,
  name: world.argocd.name,
  category: world.argocd.category,
  currentVersion: world.argocd.currentVersion,
  targetVersion: "3.1.0",
  ownerId: world.argocd.owner?.id ?? null,
  breakingNotes: "",
  compatibility: "compatible" as const,
  compatibilitySource: "",
  userFacing: false,
  releaseNotes: [],
});

type Attempt = [what: string, call: () => Promise<ActionResult<unknown>>];

/** Changes only the lead may make. */
const leadOnlyAttempts = (): Attempt[] => [
  [
    "create a campaign",
    () =>
      campaignActions.createCampaignAction({
        name: "Sneaky",
        kubernetesFrom: "1.31",
        kubernetesTo: "1.32",
        startDate: "2026-12-01",
        maintenanceStart: "2027-01-10",
        maintenanceEnd: "2027-01-11",
        previousCampaignId: "",
      }),
  ],
  ["mark a campaign step done", () => campaignActions.advancePhaseAction({ campaignId: world.campaignId, step: 1 })],
  [
    "add a component",
    () =>
      campaignActions.createComponentAction({
        ...componentForm(),
        campaignId: world.campaignId,
        name: "Sneaky add-on",
        ownerId: null,
      }),
  ],
  [
    "remove a component",
    () => campaignActions.deleteComponentAction({ componentId: world.argocd.id, revision: world.argocd.revision }),
  ],
  [
    "assign an owner",
    () => campaignActions.assignOwnerAction({ componentIds: [world.argocd.id], ownerId: world.otherEngineer.id }),
  ],
  [
    "add a team member",
    () =>
      teamActions.addTeamMemberAction({ name: "Mallory", email: "mallory@example.com", role: "lead", password: "" }),
  ],
  ["change a role", () => teamActions.changeMemberRoleAction({ memberId: world.viewer.id, role: "lead" })],
  ["change the team setting", () => teamActions.setTeamPolicyAction({ engineersVerifyOthers: true })],
  ["remove a member", () => teamActions.removeMemberAction({ memberId: world.viewer.id })],
  ["restore a member", () => teamActions.restoreMemberAction({ memberId: world.viewer.id })],
  [
    "register a cluster",
    () => fleetActions.addClusterAction({ name: "prd-x", context: "prd-x", environmentId: world.environments.prd }),
  ],
  ["remove a cluster", () => fleetActions.removeClusterAction({ clusterId: world.clusterId })],
  [
    "rename an environment",
    () => environmentActions.renameEnvironmentAction({ environmentId: world.environments.dev, name: "Sandbox" }),
  ],
  ["add an environment", () => environmentActions.addEnvironmentAction({ name: "Prd-EU" })],
  [
    "turn a Try into an action item",
    () =>
      retrospectiveActions.makeActionItemAction({
        cardId: world.secondTryCard,
        title: "Pin every chart",
        ownerId: null,
        dueDate: "",
      }),
  ],
  ["close the retrospective", () => retrospectiveActions.closeRetrospectiveAction({ campaignId: world.campaignId })],
];

/** Changes to a component that only its owner (the scenario's engineer) or the lead may make. */
const ownerAttempts = (): Attempt[] => [
  [
    "edit the component",
    () => campaignActions.updateComponentAction({ ...componentForm(), ownerId: world.argocd.owner?.id ?? null }),
  ],
  [
    "decide the breaking change",
    () =>
      campaignActions.decideBreakingAction({
        componentId: world.argocd.id,
        revision: world.argocd.revision,
        breaking: true,
        reason: "CRDs",
      }),
  ],
  [
    "verify the component",
    () =>
      campaignActions.setVerificationAction({
        componentId: world.argocd.id,
        environmentId: world.environments.dev,
        status: "verified",
        note: "",
        revision: 0,
      }),
  ],
];

/** What every team member but a viewer may write. */
const writerAttempts = (): Attempt[] => [
  [
    "write a retrospective card",
    () => retrospectiveActions.addCardAction({ campaignId: world.campaignId, column: "keep", body: "x" }),
  ],
  ["vote for a card", () => retrospectiveActions.toggleVoteAction({ cardId: world.tryCard })],
  ["edit a card", () => retrospectiveActions.editCardAction({ cardId: world.tryCard, body: "changed", revision: 0 })],
  ["delete a card", () => retrospectiveActions.deleteCardAction({ cardId: world.tryCard })],
  [
    "merge cards",
    () => retrospectiveActions.mergeCardsAction({ sourceId: world.secondTryCard, targetId: world.tryCard }),
  ],
];

async function expectRefused([what, call]: Attempt, message: RegExp) {
  const before = await wholeDatabase();
  const result = await call();
  expect(result.ok, `${what} should be refused`).toBe(false);
  expect(!result.ok && result.message, what).toMatch(message);
  expect(await wholeDatabase(), `${what} changed the database`).toEqual(before);
}

describe("a signed-in viewer", () => {
  it.each(
    [...leadOnlyAttempts(), ...ownerAttempts(), ...writerAttempts()].map((attempt) => [attempt[0], attempt] as const),
  )("cannot %s", async (_what, attempt) => {
    await signInAs(world.viewer);
    await expectRefused(attempt, /Viewers can read everything but change nothing/);
  });
});

describe("an engineer", () => {
  it.each(leadOnlyAttempts().map((attempt) => [attempt[0], attempt] as const))("cannot %s", async (_what, attempt) => {
    await signInAs(world.otherEngineer);
    await expectRefused(attempt, /Only the team lead can/);
  });

  it.each(ownerAttempts().map((attempt) => [attempt[0], attempt] as const))(
    "who does not own it cannot %s",
    async (_what, attempt) => {
      await signInAs(world.otherEngineer);
      await expectRefused(attempt, /Only the component's owner or the team lead/);
    },
  );

  it("cannot close an action item someone else owns, nor can a viewer", async () => {
    const close: Attempt = [
      "close an action item",
      () => retrospectiveActions.closeActionItemAction({ actionItemId: world.actionItem, done: true }),
    ];
    await signInAs(world.otherEngineer);
    await expectRefused(close, /Only its owner or the team lead can close an action item/);
    await signInAs(world.viewer);
    await expectRefused(close, /Viewers can read everything but change nothing/);
  });

  it("cannot give themselves a component while editing one they own", async () => {
    await signInAs(world.engineer);
    await expectRefused(
      [
        "take over",
        () => campaignActions.updateComponentAction({ ...componentForm(), ownerId: world.otherEngineer.id }),
      ],
      /assign owners/,
    );
  });

  it("verifies others' components once the lead allows it, and the log names them", async () => {
    await signInAs(world.lead);
    expectOk(await teamActions.setTeamPolicyAction({ engineersVerifyOthers: true }));
    await signInAs(world.otherEngineer);
    const verified = await campaignActions.setVerificationAction({
      componentId: world.argocd.id,
      environmentId: world.environments.stg,
      status: "verified",
      note: "",
      revision: 0,
    });
    expect(expectOk(verified).verifiedBy?.name).toBe("Sora Other");
    const [entry] = await db.activity.findMany({
      where: { subjectType: "verification" },
      orderBy: { createdAt: "desc" },
      take: 1,
      include: { actor: true },
    });
    expect(entry?.actor?.name).toBe("Sora Other");
    await signInAs(world.lead);
    expectOk(await teamActions.setTeamPolicyAction({ engineersVerifyOthers: false }));
  });
});

describe("nobody signed in", () => {
  it("changes nothing", async () => {
    await expectRefused(leadOnlyAttempts()[0]!, /signed out/);
    await expectRefused(writerAttempts()[0]!, /signed out/);
  });
});
