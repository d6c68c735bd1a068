import { addonRemovalsCrossed } from "@/lib/apis/judge";
import { hopFindings, type HopFinding } from "@/lib/gate/after-hop";
import { clusterChecks } from "@/lib/gate/cluster-checks";
import type { ApiUsage } from "@/lib/kube/types";
import { planUpgrade } from "@/lib/skew/plan";
import { findSkewViolations } from "@/lib/skew/rules";
import type { DemoComponent } from "./demo-inventory";
import { apiUsageFor } from "./simulator/api-usage-objects";
import { demoFleet, snapshotOfCluster, type SimCluster } from "./simulator/fleet-model";

/** What discovery reads of the simulator's objects: the last writer's version, last-applied where no manager wrote. */
function apiUsageOf(cluster: SimCluster): ApiUsage {
  const { objects, crds, namespaces, requested } = cluster.apiUsage;
  return {
    objects: objects.map((object) => ({
      kind: object.kind,
      namespace: object.namespace,
      name: object.name,
      apiVersion: object.writtenThrough,
      manager: object.manager ?? "kubectl apply",
      evidence: object.manager ? "managedFields" : "last-applied",
      owner: (object.namespace && namespaces[object.namespace]) ?? null,
    })),
    crds: crds.map((crd) => ({
      name: `${crd.resource}.${crd.group}`,
      group: crd.group,
      storedVersions: crd.storedVersions,
    })),
    requested: { state: "read", requests: requested },
  };
}

/**
 * What the checks found on stg-batch the day before Stg's first hop (every member still on
 * 1.31.13), judged by the same checks the scan runs: the reading its page's "After the hop"
 * compares today's with. The pre-upgrade checks' reads came later, so none of them is in it.
 */
export function stgBatchBeforeItsHop(readAt: Date, components: DemoComponent[]): HopFinding[] {
  const today = demoFleet(readAt).find((cluster) => cluster.name === "stg-batch")!;
  const before: SimCluster = {
    ...today,
    controlPlane: today.controlPlane.map((member) => ({
      ...member,
      apiserver: "v1.31.13",
      controllerManager: "v1.31.13",
      scheduler: "v1.31.13",
    })),
    nodes: today.nodes.map((node) => ({ ...node, kubelet: "v1.31.13", kubeProxy: "v1.31.13" })),
  };
  // Its apiserver at 1.31 still counted the tenant chart's requests to flowcontrol v1beta3.
  before.apiUsage = apiUsageFor(before.environment, before.managed, "v1.31.13");
  const snapshot = snapshotOfCluster(before);
  return hopFindings(
    clusterChecks({
      clusterHref: "",
      snapshot,
      findings: findSkewViolations(snapshot),
      nodes: before.nodes.map((node) => ({ name: node.name, ready: node.ready, cordoned: node.unschedulable })),
      plan: planUpgrade(snapshot, "1.34"),
      today: readAt.toISOString().slice(0, 10),
      apiUsage: apiUsageOf(before),
      addonRemovals: addonRemovalsCrossed(
        components.map((component) => ({
          name: component.name,
          currentVersion: component.current,
          targetVersion: component.target,
        })),
      ),
      since: "1.31",
    }),
  );
}
