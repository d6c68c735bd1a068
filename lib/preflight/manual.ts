/*
 * The checks no API shows: someone does them and ticks them, per environment, with evidence.
 * Pure: the list, and what the gate says of an environment's ticks.
 */

export const MANUAL_CHECKS = [
  {
    id: "etcd-snapshot",
    title: "etcd snapshot taken and a restore tested",
    hint: "Link the snapshot's location and the restore test's log. Managed control plane: say so.",
  },
  {
    id: "kubeadm-config",
    title: "kubeadm configuration reviewed for the target",
    hint: "ClusterConfiguration and kubelet configuration read against each hop's changelog (kubeadm config migrate).",
  },
  {
    id: "feature-gates",
    title: "Feature gates reviewed",
    hint: "Every gate the clusters set: none removed or locked to its default on the way.",
  },
  {
    id: "conformance",
    title: "Conformance run on the previous environment's result",
    hint: "Sonobuoy (or the e2e suite) passed on the environment upgraded before this one; link the report.",
  },
] as const;

export type ManualCheckId = (typeof MANUAL_CHECKS)[number]["id"];
export const MANUAL_CHECK_IDS = MANUAL_CHECKS.map((check) => check.id) as [ManualCheckId, ...ManualCheckId[]];

/** One tick as the gate and the page read it. */
export type ManualTick = { item: string; evidence: string; by: string; at: Date };
