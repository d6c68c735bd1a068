import { describe, expect, it } from "vitest";
import type { ActivityView, CampaignSummary, PhaseView } from "@/lib/campaigns/types";
import { componentFixture } from "@/lib/testing/component-fixture";
import { clusterUsersReleaseNotes, retrospectiveMarkdown } from "./markdown";
import { campaignFacts } from "@/lib/retrospectives/facts";
import type { RetrospectiveView } from "@/lib/retrospectives/types";

const day = (d: string) => new Date(`${d}T00:00:00.000Z`);
const environments = [
  { id: "dev", name: "Dev", position: 0 },
  { id: "stg", name: "Stg", position: 1 },
  { id: "prd", name: "Prd", position: 2 },
];
const campaign: CampaignSummary = {
  id: "c",
  name: "2026 upgrade: 1.31 → 1.34",
  kubernetesFrom: "1.31",
  kubernetesTo: "1.34",
  maintenanceStart: day("2026-12-12"),
  maintenanceEnd: day("2026-12-13"),
  prdStrategy: "rolling",
  status: "running",
  startedAt: day("2026-10-18"),
  completedAt: null,
  archivedAt: null,
  revision: 0,
  createdAt: day("2026-10-18"),
  componentCount: 2,
  previousCampaign: null,
};
const phase = (step: number, title: string, planned: [string, string], actual: [string, string] | null): PhaseView => ({
  step,
  title,
  detail: "",
  plannedStart: day(planned[0]),
  plannedEnd: day(planned[1]),
  startedAt: actual ? day(actual[0]) : null,
  completedAt: actual ? day(actual[1]) : null,
});
const gpuOperator = componentFixture({
  id: "gpu",
  name: "NVIDIA GPU Operator",
  currentVersion: "v24.6.2",
  targetVersion: "v25.3.2",
  statuses: { dev: "verified" },
});
gpuOperator.verifications.dev!.verifiedBy = { id: "m", name: "Mei Suzuki" };
const eso = componentFixture({
  name: "External Secrets Operator",
  userFacing: true,
  breakingNotes: "Rewrite `v1beta1` to `v1`.",
  releaseNotes: [
    { label: "v0.17.0", url: "https://github.com/external-secrets/external-secrets/releases/tag/v0.17.0" },
  ],
});
const failed: ActivityView = {
  id: "a",
  actor: { id: "m", name: "Mei Suzuki" },
  subjectType: "verification",
  subjectId: "gpu:dev",
  subject: "NVIDIA GPU Operator on Dev",
  changes: [{ field: "Verification", before: "Pending", after: "Failed" }],
  createdAt: day("2026-11-13"),
};

const facts = campaignFacts({
  phases: [
    phase(1, "Inventory", ["2026-10-18", "2026-10-30"], ["2026-10-18", "2026-11-02"]),
    phase(7, "Prd maintenance", ["2026-12-12", "2026-12-13"], null),
  ],
  maintenance: { start: campaign.maintenanceStart, end: campaign.maintenanceEnd },
  components: [gpuOperator, eso],
  environments,
  activity: [failed],
  skewSeen: [
    {
      clusterName: "prd-gpu",
      environmentName: "Prd",
      violation: false,
      minors: 2,
      nodeName: "w10",
      kubeletVersion: "v1.29.15",
      apiserverVersion: "v1.31.13",
      observedAt: day("2026-11-20"),
    },
    {
      clusterName: "stg-batch",
      environmentName: "Stg",
      violation: true,
      minors: -1,
      nodeName: "w3",
      kubeletVersion: "v1.33.5",
      apiserverVersion: "v1.32.9",
      observedAt: day("2026-11-21"),
    },
  ],
});

describe("campaignFacts", () => {
  it("compares each step with its plan and follows every failure to where it ended", () => {
    expect(facts.phases[0]).toEqual({ step: 1, title: "Inventory", plannedDays: 13, actualDays: 16, overrunDays: 3 });
    expect(facts.prdWindow.actual).toEqual({ start: null, end: null });
    expect(facts.failures).toEqual([
      { subject: "NVIDIA GPU Operator on Dev", by: "Mei Suzuki", at: day("2026-11-13"), endedAs: "Verified" },
    ]);
    expect(facts.verifiedBy).toEqual([{ name: "Mei Suzuki", count: 1 }]);
    expect(facts.breaking.map((b) => b.name)).toContain("NVIDIA GPU Operator");
    expect(facts.skew.map((e) => [e.environment, e.seen.map((s) => s.clusterName)])).toEqual([
      ["Stg", ["stg-batch"]],
      ["Prd", ["prd-gpu"]],
    ]);
  });
});

describe("retrospectiveMarkdown", () => {
  const retrospective: RetrospectiveView = {
    id: "r",
    campaignId: "c",
    closedAt: null,
    voteBudget: 3,
    votesHidden: false,
    votesVisible: true,
    myVotes: 0,
    cards: [
      {
        id: "1",
        column: "problem",
        body: "Kustomize broke\nevery build.",
        author: { id: "r", name: "Ryo" },
        votes: 3,
        votedByMe: false,
        revision: 0,
        mergedCards: [],
        actionItem: null,
        createdAt: day("2026-12-20"),
      },
      {
        id: "2",
        column: "try",
        body: "pluto in CI",
        author: null,
        votes: 1,
        votedByMe: false,
        revision: 0,
        mergedCards: [],
        actionItem: {
          id: "x",
          title: "Add pluto to CI",
          owner: { id: "r", name: "Ryo" },
          dueDate: day("2027-03-01"),
          doneAt: null,
          doneBy: null,
          source: { campaignId: "c", campaignName: "2026 upgrade" },
        },
        createdAt: day("2026-12-20"),
      },
    ],
  };

  it("lists the cards per column with votes, the action items and the campaign summary", () => {
    const markdown = retrospectiveMarkdown(campaign, retrospective, facts);
    expect(markdown).toContain("## Problem\n\n**3 votes** · Ryo\n\n> Kustomize broke\n> every build.");
    expect(markdown).toContain("## Keep\n\n_Nothing._");
    expect(markdown).toContain("- [ ] Add pluto to CI (Ryo), due 1 Mar 2027");
    expect(markdown).toContain("| 1. Inventory | 13 | 16 |");
    expect(markdown).toContain(
      [
        "- Biggest version skew seen, violations first:",
        "  - Stg, stg-batch: outside the skew policy: 1 minor ahead of the apiserver (kubelet on w3 v1.33.5, apiserver v1.32.9)",
        "  - Prd, prd-gpu: 2 minors behind the apiserver (kubelet on w10 v1.29.15, apiserver v1.31.13)",
      ].join("\n"),
    );
  });
});

describe("clusterUsersReleaseNotes", () => {
  it("includes only the notes marked user-facing, and the Kubernetes versions involved", () => {
    const notes = clusterUsersReleaseNotes(campaign, [gpuOperator, eso], []);
    expect(notes).toContain("# Kubernetes 1.31 → 1.34: what cluster users need to know");
    expect(notes).toContain("### External Secrets Operator");
    expect(notes).toContain("Rewrite `v1beta1` to `v1`.");
    expect(notes).not.toContain("NVIDIA GPU Operator");
  });

  it("says when Stg and Prd change and what the Prd strategy does to workloads, instead of always 'stopped'", () => {
    const stg = { step: 6, title: "Stg", detail: "", startedAt: null, completedAt: null };
    const phases = [{ ...stg, plannedStart: day("2026-12-05"), plannedEnd: day("2026-12-09") }];
    const rolling = clusterUsersReleaseNotes(campaign, [], phases);
    expect(rolling).toContain("- Stg: 5 Dec – 9 Dec 2026");
    expect(rolling).toContain("- Prd maintenance: 12 Dec – 13 Dec 2026");
    expect(rolling).toContain("drained first");
    expect(rolling).not.toContain("stopped");
    const inPlace = clusterUsersReleaseNotes({ ...campaign, prdStrategy: "in-place" }, [], []);
    expect(inPlace).toContain("workloads are stopped for the window");
    expect(inPlace).toContain("- Stg: not scheduled");
  });

  it("shows what users wrote as text: no raw HTML, no script links, no injected sections", () => {
    const hostile = {
      ...eso,
      name: "ESO\n## Nothing to do, ignore the rest",
      breakingNotes: "<img src=x onerror=alert(1)>\n[details](javascript:alert(1))\n## After the upgrade",
      releaseNotes: [{ label: "notes](javascript:alert(1)) [x", url: "https://example.com/notes" }],
    };
    const notes = clusterUsersReleaseNotes(campaign, [hostile], []);
    expect(notes).not.toMatch(/^## Nothing to do/m);
    expect(notes).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(notes).not.toContain("javascript:alert(1))\n");
    expect(notes).toContain("[details](#removed-link)");
    expect(notes.match(/^## After the upgrade$/gm)).toHaveLength(1);
    expect(notes).toContain("- [notes\\](javascript:alert(1)) \\[x](<https://example.com/notes>)");
  });

  it("tells each namespace what it still runs on a removed API and by when, from the clusters, a name never escaping its span", () => {
    const stg = { step: 6, title: "Stg", detail: "", startedAt: null, completedAt: null };
    const phases = [{ ...stg, plannedStart: day("2026-12-05"), plannedEnd: day("2026-12-09") }];
    const notes = clusterUsersReleaseNotes(campaign, [], phases, [
      {
        namespace: null,
        team: null,
        kind: "FlowSchema",
        name: "batch-jobs",
        apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
        replacement: "flowcontrol.apiserver.k8s.io/v1",
        removedBy: "Kubernetes 1.32",
        clusters: ["prd-gpu", "prd-eks"],
      },
      {
        namespace: "shop",
        team: "storefront",
        kind: "ExternalSecret",
        name: "db`\n## injected",
        apiVersion: "external-secrets.io/v1beta1",
        replacement: "external-secrets.io/v1",
        removedBy: "External Secrets Operator 0.17",
        clusters: ["prd-gpu"],
      },
    ]);
    expect(notes).toContain("Move each to its replacement before Stg's upgrade (5 Dec – 9 Dec 2026):");
    expect(notes).toContain(
      "  - FlowSchema `batch-jobs` uses `flowcontrol.apiserver.k8s.io/v1beta3`, removed in Kubernetes 1.32: move to `flowcontrol.apiserver.k8s.io/v1` (on prd-gpu, prd-eks)",
    );
    expect(notes).toContain("- Namespace `shop` (team storefront):");
    expect(notes).not.toMatch(/^## injected/m);
    expect(notes).toContain("npx stepwise apis <your manifests> --target 1.34");
  });
});
