import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { MATCH_KINDS } from "@/lib/discovery/match";
import { defaultMatchRule } from "@/lib/discovery/well-known";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isOneOf } from "@/lib/is-one-of";
import { listEnvironments } from "@/lib/environments/queries";
import { listTeam } from "@/lib/team/queries";
import { getTeamPolicy } from "@/lib/team/settings";
import { listComments } from "@/lib/comments/queries";
import { openActionItemsBefore } from "@/lib/retrospectives/queries";
import { breakingView } from "./breaking";
import { inventoryPage, type InventoryPage, type InventoryQuery } from "./inventory-page";
import { campaignProgress, currentPhase } from "./progress";
import { teamWorkload } from "./workload";
import type {
  ActivityView,
  CampaignSummary,
  ComponentView,
  FieldChange,
  InventoryRow,
  InventoryTableView,
  InventoryView,
  PhaseView,
  VerificationView,
} from "./types";
import {
  CAMPAIGN_STATUSES,
  COMPATIBILITY,
  COMPONENT_CATEGORIES,
  isStale,
  PHASES,
  prdStrategyOf,
  UNFINISHED,
  VERIFICATION_STATUSES,
} from "./vocabulary";

/** The team's rule when they set one, else the one the name suggests. */
function matchRuleOf(row: { name: string; matchKind: string; matchValue: string }) {
  if (isOneOf(MATCH_KINDS, row.matchKind) && row.matchValue)
    return { matchRule: { kind: row.matchKind, value: row.matchValue }, matchRuleSource: "set" as const };
  return { matchRule: defaultMatchRule(row.name), matchRuleSource: "automatic" as const };
}

export const componentInclude = {
  owner: { select: { id: true, name: true } },
  releaseNotes: { orderBy: { position: "asc" } },
  verifications: { include: { verifiedBy: { select: { id: true, name: true } } } },
} satisfies Prisma.ComponentInclude;

export type ComponentRow = Prisma.ComponentGetPayload<{ include: typeof componentInclude }>;

export function toComponentView(row: ComponentRow): ComponentView {
  const verifications: Record<string, VerificationView> = {};
  for (const v of row.verifications) {
    const status = isOneOf(VERIFICATION_STATUSES, v.status) ? v.status : "pending";
    verifications[v.environmentId] = {
      status,
      note: v.note,
      verifiedBy: v.verifiedBy,
      updatedAt: v.updatedAt,
      revision: v.revision,
      verifiedVersion: v.verifiedVersion,
      stale: isStale(status, v.verifiedVersion, row.targetVersion),
    };
  }
  return {
    id: row.id,
    campaignId: row.campaignId,
    name: row.name,
    category: isOneOf(COMPONENT_CATEGORIES, row.category) ? row.category : "addon-helm",
    currentVersion: row.currentVersion,
    targetVersion: row.targetVersion,
    owner: row.owner,
    breaking: breakingView(row.currentVersion, row.targetVersion, row.breakingOverride, row.breakingReason),
    breakingNotes: row.breakingNotes,
    compatibility: isOneOf(COMPATIBILITY, row.compatibility) ? row.compatibility : "unknown",
    compatibilitySource: row.compatibilitySource,
    userFacing: row.userFacing,
    ...matchRuleOf(row),
    releaseNotes: row.releaseNotes.map(({ label, url }) => ({ label, url })),
    verifications,
    revision: row.revision,
    updatedAt: row.updatedAt,
  };
}

const summarySelect = {
  id: true,
  name: true,
  kubernetesFrom: true,
  kubernetesTo: true,
  maintenanceStart: true,
  maintenanceEnd: true,
  prdStrategy: true,
  status: true,
  startedAt: true,
  completedAt: true,
  archivedAt: true,
  revision: true,
  createdAt: true,
  previousCampaign: { select: { id: true, name: true } },
  _count: { select: { components: true } },
} satisfies Prisma.CampaignSelect;

function toSummary({
  _count,
  status,
  prdStrategy,
  ...campaign
}: Prisma.CampaignGetPayload<{ select: typeof summarySelect }>): CampaignSummary {
  return {
    ...campaign,
    prdStrategy: prdStrategyOf(prdStrategy),
    status: isOneOf(CAMPAIGN_STATUSES, status) ? status : "planned",
    componentCount: _count.components,
  };
}

export async function listCampaigns(): Promise<CampaignSummary[]> {
  const rows = await db.campaign.findMany({ select: summarySelect, orderBy: { createdAt: "desc" } });
  return rows.map(toSummary);
}

// Per request (React's cache): a campaign page's layout, page and gate read the same campaign and
// inventory; each is read once. Outside a render (actions, scripts, tests) every call reads anew.
export const getCampaignSummary = cache(async (campaignId: string): Promise<CampaignSummary | null> => {
  const row = await db.campaign.findUnique({ where: { id: campaignId }, select: summarySelect });
  return row ? toSummary(row) : null;
});

export const getInventory = cache(async (campaignId: string): Promise<InventoryView | null> => {
  const [campaign, environments, rows, team] = await Promise.all([
    getCampaignSummary(campaignId),
    listEnvironments(),
    db.component.findMany({
      where: { campaignId },
      include: componentInclude,
      orderBy: [{ category: "asc" }, { name: "asc" }],
    }),
    listTeam(campaignId),
  ]);
  if (!campaign) return null;
  return { campaign, environments, components: rows.map(toComponentView), team };
});

/** What the inventory's table reads of a component (see InventoryRow); named field by field, so a new field is not sent unasked. */
export function toInventoryRow(component: ComponentView): InventoryRow {
  const { id, name, category, currentVersion, targetVersion, owner, breaking, compatibility } = component;
  const { matchRule, releaseNotes, verifications, revision } = component;
  return {
    id,
    name,
    category,
    currentVersion,
    targetVersion,
    owner,
    breaking,
    compatibility,
    matchRule,
    releaseNotes,
    verifications,
    revision,
  };
}

/** The inventory as its table holds it: the page renders it and the table polls it. */
export async function getInventoryTable(campaignId: string): Promise<InventoryTableView | null> {
  const inventory = await getInventory(campaignId);
  return inventory ? { ...inventory, components: inventory.components.map(toInventoryRow) } : null;
}

/** One page of the inventory as `memberId` asked for it (see lib/campaigns/inventory-page.ts). */
export async function getInventoryPage(
  campaignId: string,
  query: InventoryQuery,
  memberId: string,
): Promise<InventoryPage | null> {
  const inventory = await getInventoryTable(campaignId);
  return inventory ? inventoryPage(inventory, query, memberId) : null;
}

export async function getComponent(componentId: string): Promise<ComponentView | null> {
  const row = await db.component.findUnique({ where: { id: componentId }, include: componentInclude });
  return row ? toComponentView(row) : null;
}

export async function getPhases(campaignId: string): Promise<PhaseView[]> {
  const rows = await db.campaignPhase.findMany({ where: { campaignId }, orderBy: { step: "asc" } });
  return rows.flatMap((row) => {
    const phase = PHASES.find((p) => p.step === row.step);
    if (!phase) return [];
    const { plannedStart, plannedEnd, startedAt, completedAt } = row;
    return [
      { step: row.step, title: phase.title, detail: phase.detail, plannedStart, plannedEnd, startedAt, completedAt },
    ];
  });
}

export async function listActivity(
  campaignId: string,
  options: { subjectId?: string; take?: number } = {},
): Promise<ActivityView[]> {
  const rows = await db.activity.findMany({
    // A component's verifications are logged as "<componentId>:<environmentId>", so a prefix finds both.
    where: { campaignId, ...(options.subjectId ? { subjectId: { startsWith: options.subjectId } } : {}) },
    include: { actor: { select: { id: true, name: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.take ?? 30,
  });
  return rows.map((row) => ({
    id: row.id,
    actor: row.actor,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    subject: row.subject,
    changes: parseChanges(row.changes),
    createdAt: row.createdAt,
  }));
}

function parseChanges(json: string): FieldChange[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as FieldChange[]) : [];
  } catch {
    return [];
  }
}

/** Whether the component exists in this campaign: its layout answers 404 before the page streams. */
export async function componentInCampaign(campaignId: string, componentId: string): Promise<boolean> {
  return (await db.component.count({ where: { id: componentId, campaignId } })) > 0;
}

/** Everything a component's page shows; null when the component is not in this campaign. */
export async function getComponentPage(campaignId: string, componentId: string) {
  const [component, campaign, environments, team, activity, policy, comments] = await Promise.all([
    getComponent(componentId),
    getCampaignSummary(campaignId),
    listEnvironments(),
    listTeam(campaignId),
    listActivity(campaignId, { subjectId: componentId, take: 20 }),
    getTeamPolicy(),
    listComments(componentId),
  ]);
  if (!component || !campaign || component.campaignId !== campaign.id) return null;
  return { component, campaign, environments, team, activity, policy, comments };
}
export type ComponentPage = NonNullable<Awaited<ReturnType<typeof getComponentPage>>>;

/**
 * The home page: each campaign's card (its current step and progress per environment) and, in
 * the unfinished ones, what the member owns there and the step that is due next.
 */
export async function getHome(memberId: string) {
  // Archived ones last, each group newest first.
  const campaigns = (await listCampaigns()).sort(
    (a, b) => Number(a.status === "archived") - Number(b.status === "archived"),
  );
  const loaded = await Promise.all(
    campaigns.map(async (campaign) => {
      const [inventory, phases] = await Promise.all([getInventory(campaign.id), getPhases(campaign.id)]);
      return { campaign, inventory, phase: currentPhase(phases) };
    }),
  );
  const cards = loaded.map(({ campaign, inventory, phase }) => ({
    campaign,
    phase,
    progress: inventory ? campaignProgress(inventory.components, inventory.environments) : [],
  }));
  const myWork = loaded.flatMap(({ campaign, inventory, phase }) => {
    const mine = inventory?.components.filter((component) => component.owner?.id === memberId) ?? [];
    if (!inventory || !isOneOf(UNFINISHED, campaign.status) || mine.length === 0) return [];
    return [{ campaign, environments: inventory.environments, components: mine, step: phase }];
  });
  return { cards, myWork };
}
export type CampaignCard = Awaited<ReturnType<typeof getHome>>["cards"][number];
export type CampaignWork = Awaited<ReturnType<typeof getHome>>["myWork"][number];

/** What the campaign overview shows; null for an unknown campaign. */
export async function getCampaignOverview(campaignId: string) {
  const [inventory, phases, activity, earlierActionItems, calendar] = await Promise.all([
    getInventory(campaignId),
    getPhases(campaignId),
    listActivity(campaignId, { take: 8 }),
    openActionItemsBefore(campaignId),
    db.campaign.findUnique({ where: { id: campaignId }, select: { calendarToken: true } }),
  ]);
  // The feed's secret address is for the team: members subscribe to it, the lead rotates it.
  const calendarPath = calendar?.calendarToken ? `/calendar/${calendar.calendarToken}` : null;
  return inventory ? { inventory, phases, activity, earlierActionItems, calendarPath } : null;
}
export type CampaignOverviewData = NonNullable<Awaited<ReturnType<typeof getCampaignOverview>>>;

/** A campaign page's title: "Inventory · 2026 upgrade" (the layout adds "· Stepwise"). */
export async function campaignPageTitle(
  params: Promise<{ campaignId: string; componentId?: string }>,
  what: string | null,
): Promise<{ title: string }> {
  const { campaignId, componentId } = await params;
  const [campaign, component] = await Promise.all([
    db.campaign.findUnique({ where: { id: campaignId }, select: { name: true } }),
    componentId ? db.component.findUnique({ where: { id: componentId }, select: { name: true } }) : null,
  ]);
  if (!campaign) return { title: "Not found" };
  return { title: [component?.name ?? what, campaign.name].filter(Boolean).join(" · ") };
}

/** The Team page's load table: per owner, what the running campaign still asks; null without a running campaign. */
export async function getRunningCampaignLoad() {
  const running = await db.campaign.findFirst({ where: { status: "running" }, select: { id: true } });
  const inventory = running ? await getInventory(running.id) : null;
  if (!inventory) return null;
  return {
    campaign: inventory.campaign,
    environments: inventory.environments,
    rows: teamWorkload(inventory.components, inventory.environments, inventory.team),
  };
}
export type CampaignLoad = NonNullable<Awaited<ReturnType<typeof getRunningCampaignLoad>>>;
