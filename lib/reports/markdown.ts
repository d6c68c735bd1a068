import type { CampaignSummary, ComponentView, PhaseView } from "@/lib/campaigns/types";
import { STG_STEP, type PrdStrategy } from "@/lib/campaigns/vocabulary";
import { formatDay, formatRange } from "@/lib/format";
import { describeSkew } from "@/lib/skew/largest-skew";
import { block, code, inline, link } from "./escape";
import type { CampaignFacts } from "@/lib/retrospectives/facts";
import { KPT_COLUMNS, KPT_LABELS } from "@/lib/retrospectives/schemas";
import type { RetrospectiveView } from "@/lib/retrospectives/types";

/** Markdown for the team's wiki and for the clusters' users. Pure: views in, text out. */

const quote = (markdown: string) =>
  block(markdown)
    .split("\n")
    .map((line) => `> ${line}`.trimEnd())
    .join("\n");

export function campaignSummaryMarkdown(campaign: CampaignSummary, facts: CampaignFacts): string {
  const lines = [
    `## Campaign summary: ${inline(campaign.name)}`,
    "",
    `- Kubernetes ${campaign.kubernetesFrom} → ${campaign.kubernetesTo}`,
    `- Prd maintenance planned ${formatRange(facts.prdWindow.planned.start, facts.prdWindow.planned.end)}, actual ${formatRange(facts.prdWindow.actual.start, facts.prdWindow.actual.end)}`,
    `- ${campaign.componentCount} components, ${facts.breaking.length} with breaking changes`,
    `- Biggest version skew seen${facts.skew.length === 0 ? ": not observed" : ", violations first:"}`,
    ...facts.skew.flatMap(({ environment, seen }) =>
      seen.length === 0
        ? [`  - ${inline(environment)}: none`]
        : seen.map((s) => `  - ${inline(environment)}, ${inline(s.clusterName)}: ${inline(describeSkew(s))}`),
    ),
    "",
    "| Step | Planned days | Actual days |",
    "|---|---|---|",
    ...facts.phases.map((p) => `| ${p.step}. ${p.title} | ${p.plannedDays ?? "—"} | ${p.actualDays ?? "—"} |`),
    "",
  ];
  if (facts.breaking.length > 0)
    lines.push(
      "### Breaking changes",
      "",
      ...facts.breaking.map((b) => `- ${inline(b.name)}: ${inline(b.from)} → ${inline(b.to ?? "?")}`),
      "",
    );
  if (facts.failures.length > 0)
    lines.push(
      "### Failed verifications",
      "",
      ...facts.failures.map((f) => `- ${inline(f.subject)} (${inline(f.by)}, ${formatDay(f.at)}): now ${f.endedAs}`),
      "",
    );
  if (facts.verifiedBy.length > 0)
    lines.push("### Who verified", "", ...facts.verifiedBy.map((v) => `- ${inline(v.name)}: ${v.count}`), "");
  return lines.join("\n");
}

export function retrospectiveMarkdown(
  campaign: CampaignSummary,
  retrospective: RetrospectiveView,
  facts: CampaignFacts,
): string {
  const lines = [
    `# Retrospective: ${inline(campaign.name)}`,
    "",
    retrospective.closedAt ? `Closed ${formatDay(retrospective.closedAt)}.` : "Still open.",
    "",
  ];
  for (const column of KPT_COLUMNS) {
    lines.push(`## ${KPT_LABELS[column]}`, "");
    const cards = retrospective.cards.filter((card) => card.column === column);
    if (cards.length === 0) lines.push("_Nothing._", "");
    for (const card of cards) {
      lines.push(
        `${card.votes === null ? "" : `**${card.votes} vote${card.votes === 1 ? "" : "s"}** · `}${inline(card.author?.name ?? "someone")}`,
        "",
        quote(card.body),
        "",
        ...card.mergedCards.flatMap((merged) => [
          `Merged: ${inline(merged.author?.name ?? "someone")}`,
          "",
          quote(merged.body),
          "",
        ]),
      );
    }
  }
  const actions = retrospective.cards.flatMap((card) => (card.actionItem ? [card.actionItem] : []));
  if (actions.length > 0) {
    lines.push(
      "## Action items",
      "",
      ...actions.map(
        (a) =>
          `- [${a.doneAt ? "x" : " "}] ${inline(a.title)}${a.owner ? ` (${inline(a.owner.name)})` : ""}${a.dueDate ? `, due ${formatDay(a.dueDate)}` : ""}${a.doneAt ? `, closed ${formatDay(a.doneAt)}${a.doneBy ? ` by ${inline(a.doneBy.name)}` : ""}` : ""}`,
      ),
      "",
    );
  }
  lines.push(campaignSummaryMarkdown(campaign, facts));
  return lines.join("\n");
}

/** What the campaign's Prd strategy means for the workloads running there (domain.md, "Strategies for workers"). */
const DURING_THE_WINDOW: Record<PrdStrategy, string> = {
  "in-place":
    "The clusters are upgraded in place: workloads are stopped for the window and started again after it. Plan for the downtime.",
  rolling:
    "Nodes are upgraded a batch at a time: each is drained first, so your pods are evicted and rescheduled on other nodes. A workload keeps serving if it runs more than one replica and has a PodDisruptionBudget that still lets one pod go.",
  "blue-green":
    "A new cluster at the target version is built beside the current one and traffic moves over during the window. Whatever is deployed through GitOps follows; state kept on the old cluster (volumes, anything applied by hand) does not move by itself: tell the platform team what you keep there.",
};

/** An object the clusters hold that is still written through a version the campaign's way removes. */
export type RemovedApiNotice = {
  namespace: string | null;
  team: string | null;
  kind: string;
  name: string;
  apiVersion: string;
  replacement: string;
  removedBy: string;
  clusters: string[];
};

/** "Your namespace still uses X; move to Y before <Stg date>", one list per namespace (and team). */
function removedApiNotices(notices: RemovedApiNotice[], deadline: string): string[] {
  if (notices.length === 0) return [];
  const byNamespace = new Map<string, RemovedApiNotice[]>();
  for (const notice of notices) {
    const key = notice.namespace ?? "";
    byNamespace.set(key, [...(byNamespace.get(key) ?? []), notice]);
  }
  return [
    "### Still on removed APIs in the clusters today",
    "",
    `Found live in the clusters (who last wrote each object). Move each to its replacement before ${deadline}:`,
    "",
    ...[...byNamespace.entries()].flatMap(([namespace, found]) => [
      `- ${namespace ? `Namespace ${code(namespace)}` : "Cluster-wide"}${found[0]!.team ? ` (team ${inline(found[0]!.team)})` : ""}:`,
      ...found.map(
        (notice) =>
          `  - ${inline(notice.kind)} ${code(notice.name)} uses ${code(notice.apiVersion)}, removed in ${inline(notice.removedBy)}: move to ${code(notice.replacement)} (on ${notice.clusters.map(inline).join(", ")})`,
      ),
    ]),
    "",
  ];
}

/** What the clusters' users must know and do, from the breaking-change notes marked user-facing and what the clusters still run on removed APIs. */
export function clusterUsersReleaseNotes(
  campaign: CampaignSummary,
  components: ComponentView[],
  phases: PhaseView[],
  removedApis: RemovedApiNotice[] = [],
): string {
  const userFacing = components.filter((c) => c.userFacing && c.breakingNotes.trim() !== "");
  const stg = phases.find((phase) => phase.step === STG_STEP);
  const deadline = stg?.plannedStart
    ? `Stg's upgrade (${formatRange(stg.plannedStart, stg.plannedEnd)})`
    : "Stg's upgrade";
  return [
    `# Kubernetes ${campaign.kubernetesFrom} → ${campaign.kubernetesTo}: what cluster users need to know`,
    "",
    `The platform team upgrades the clusters from Kubernetes ${campaign.kubernetesFrom} to ${campaign.kubernetesTo}.`,
    "",
    `- Stg: ${formatRange(stg?.plannedStart ?? null, stg?.plannedEnd ?? null)}`,
    `- Prd maintenance: ${formatRange(campaign.maintenanceStart, campaign.maintenanceEnd)}`,
    "",
    "## During the window",
    "",
    DURING_THE_WINDOW[campaign.prdStrategy],
    "",
    "## Before the upgrade",
    "",
    `- Check your manifests for APIs removed between ${campaign.kubernetesFrom} and ${campaign.kubernetesTo}: \`npx stepwise apis <your manifests> --target ${campaign.kubernetesTo}\` (exit 1 names each one; see https://kubernetes.io/docs/reference/using-api/deprecation-guide/)`,
    campaign.prdStrategy === "in-place"
      ? "- Tell the platform team now about any workload that cannot stop for the window."
      : "- Make sure every workload that must keep serving has a PodDisruptionBudget and more than one replica.",
    "",
    ...removedApiNotices(removedApis, deadline),
    "## Changes that concern you",
    "",
    ...(userFacing.length === 0
      ? ["_No component change needs action from cluster users._", ""]
      : userFacing.flatMap((c) => [
          `### ${inline(c.name)} ${inline(c.currentVersion)} → ${inline(c.targetVersion ?? "?")}`,
          "",
          block(c.breakingNotes.trim()),
          "",
          ...c.releaseNotes.map((l) => `- ${link(l.label, l.url)}`),
          "",
        ])),
    "## After the upgrade",
    "",
    "- Check that every Deployment and StatefulSet of yours is fully Ready, not only that pods exist.",
    "- Tell the platform team about anything unusual.",
    "",
  ].join("\n");
}
