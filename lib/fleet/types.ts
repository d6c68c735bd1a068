import type { AfterHop } from "@/lib/gate/after-hop";
import type { KubeSource } from "@/lib/kube/connection";
import type { ClusterFault, ClusterReading, MissingPermission, NodeInfo } from "@/lib/kube/types";
import type { Sighting } from "@/lib/discovery/match";
import type { LiveFinding } from "@/lib/apis/live";
import type { GateCheck } from "@/lib/gate/types";
import type { EnvironmentGate } from "@/lib/gate/environment-gate";
import type { LargestSkew } from "@/lib/skew/largest-skew";
import type { ControlPlaneMember, SkewFinding, UpgradePlan } from "@/lib/skew/types";

/** What the browser gets of the fleet: versions and findings, never a credential. */

export type ClusterRef = { id: string; name: string; context: string; environment: { id: string; name: string } };

export type VersionCount = { version: string; count: number };

type Read = { readAt: string; durationMs: number };

export type ClusterView = ClusterRef &
  Read &
  (
    | {
        status: "ok";
        serverVersion: string;
        /** Every apiserver's version: two during a control-plane rollout. */
        apiserverVersions: VersionCount[];
        kubeProxy: ClusterReading["kubeProxy"];
        nodeCount: number;
        readyCount: number;
        cordonedCount: number;
        /** Kubelet versions, newest first. */
        histogram: VersionCount[];
        controlPlaneVisible: boolean;
        /** The kubelet furthest from the apiserver; null without nodes. */
        largestSkew: LargestSkew | null;
        findings: SkewFinding[];
        /** Null when no campaign is running to plan towards. */
        plan: UpgradePlan | null;
        /** The cluster's own gate checks (skew, control plane, nodes) for the plan's next step. */
        checks: GateCheck[];
        /** What runs here, counted: node runtimes, OS, kernels, images, charts (lib/discovery). */
        sightings: Sighting[];
        /** Null when discovery is off; else what it could not read, and how many Argo CD Applications (null: no Argo CD). */
        discovery: { missing: MissingPermission[]; applications: number | null; helmReleases: number | null } | null;
      }
    | { status: "error"; fault: ClusterFault }
  );

export type ClusterDetail = {
  view: ClusterView;
  nodes: NodeInfo[];
  controlPlane: ControlPlaneMember[] | null;
  /** What the way to the campaign's target runs into; null without a target or without discovery. */
  removedApis: { findings: LiveFinding[]; metrics: "read" | "forbidden" } | null;
  /** The checks now against the last reading before the latest hop this campaign saw; null before any. */
  afterHop: AfterHop | null;
};

export type FleetMode = KubeSource["mode"];

export type FleetCampaign = { id: string; name: string; target: string; status: string };

export type FleetView = {
  mode: FleetMode;
  /** The campaign the view plans towards: the running one, or the one picked to look at. */
  campaign: FleetCampaign | null;
  runningCampaignId: string | null;
  /** Every campaign the picker offers (archived ones left out). */
  campaigns: FleetCampaign[];
  environments: { id: string; name: string; clusters: ClusterView[]; gate: EnvironmentGate | null }[];
  refreshSeconds: number;
  readAt: string;
};
