import type { MemberRef } from "@/lib/auth/member";
import type { MatchRule } from "@/lib/discovery/match";
import type { EnvironmentView } from "@/lib/environments/types";
import type { TeamMemberView } from "@/lib/team/types";
import type { CampaignStatus, Compatibility, ComponentCategory, PrdStrategy, VerificationStatus } from "./vocabulary";

/** The shapes the UI works with; queries map database rows into these. */

export type VerificationView = {
  status: VerificationStatus;
  note: string;
  verifiedBy: MemberRef | null;
  updatedAt: Date | null;
  /** 0 for a verification nobody has touched yet. */
  revision: number;
  /** The component's target when the status was recorded. */
  verifiedVersion: string | null;
  /** Recorded for another target than today's: shown as such, and not settled. */
  stale: boolean;
};

export type BreakingView = {
  /** What the major-bump rule says. */
  detected: boolean;
  /** A person's decision, or null to follow the rule. */
  override: boolean | null;
  reason: string;
  effective: boolean;
};

export type ReleaseNoteLinkView = { label: string; url: string };

export type ComponentView = {
  id: string;
  campaignId: string;
  name: string;
  category: ComponentCategory;
  currentVersion: string;
  targetVersion: string | null;
  owner: MemberRef | null;
  breaking: BreakingView;
  breakingNotes: string;
  compatibility: Compatibility;
  compatibilitySource: string;
  /** The breaking-change notes concern the clusters' users (they go into the users' release notes). */
  userFacing: boolean;
  /** How discovery finds it running: the team's rule, else the one its name suggests; null when neither. */
  matchRule: MatchRule | null;
  /** The team chose the rule ("set"), or it follows the name ("automatic"). */
  matchRuleSource: "set" | "automatic";
  releaseNotes: ReleaseNoteLinkView[];
  /** Keyed by environment id; a missing key means pending. */
  verifications: Record<string, VerificationView>;
  revision: number;
  updatedAt: Date;
};

export type PhaseView = {
  step: number;
  title: string;
  detail: string;
  plannedStart: Date | null;
  plannedEnd: Date | null;
  startedAt: Date | null;
  completedAt: Date | null;
};

export type CampaignSummary = {
  id: string;
  name: string;
  kubernetesFrom: string;
  kubernetesTo: string;
  maintenanceStart: Date | null;
  maintenanceEnd: Date | null;
  prdStrategy: PrdStrategy;
  status: CampaignStatus;
  startedAt: Date | null;
  completedAt: Date | null;
  archivedAt: Date | null;
  /** The plan's revision: an edit against an older one is refused. */
  revision: number;
  createdAt: Date;
  componentCount: number;
  previousCampaign: { id: string; name: string } | null;
};

export type InventoryView = {
  campaign: CampaignSummary;
  environments: EnvironmentView[];
  components: ComponentView[];
  team: TeamMemberView[];
};

/**
 * A component as the inventory's table holds it in the browser: what its rows, filters and
 * progress read. The notes, sources and timestamps stay on the component's own page; a
 * 300-component campaign's table would otherwise carry every breaking-change note to every reader.
 */
export type InventoryRow = Omit<
  ComponentView,
  "campaignId" | "breakingNotes" | "compatibilitySource" | "userFacing" | "matchRuleSource" | "updatedAt"
>;

/** The inventory as the table and the environments' drift view poll it. */
export type InventoryTableView = Omit<InventoryView, "components"> & { components: InventoryRow[] };

export type FieldChange = { field: string; before: string; after: string };

export type ActivityView = {
  id: string;
  actor: MemberRef | null;
  subjectType: string;
  subjectId: string;
  subject: string;
  changes: FieldChange[];
  createdAt: Date;
};
