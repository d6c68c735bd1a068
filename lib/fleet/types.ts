import type { KubeSource } from "@/lib/kube/connection";
import type { ClusterFault, NodeInfo } from "@/lib/kube/types";
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
      }
    | { status: "error"; fault: ClusterFault }
  );

export type ClusterDetail = { view: ClusterView; nodes: NodeInfo[]; controlPlane: ControlPlaneMember[] | null };

export type FleetMode = KubeSource["mode"];

export type FleetView = {
  mode: FleetMode;
  campaign: { id: string; name: string; target: string } | null;
  environments: { id: string; name: string; clusters: ClusterView[] }[];
  refreshSeconds: number;
  readAt: string;
};
