import { allowedNodeSkew, minorIndexOf, minorLabel, newest, oldest, readSnapshot, type MinorIndex } from "./rules";
import type { PlanStep, Prerequisite, SkewSnapshot, UpgradePlan } from "./types";

/*
 * The campaign's path from the cluster as it is to the target minor: the control plane one minor
 * at a time, nodes brought along only as far as the skew policy needs before each hop, then every
 * node to the target once the control plane is there. Pure.
 */

function groupByMinor(nodes: { name: string; minor: MinorIndex }[]): string {
  const counts = new Map<MinorIndex, number>();
  for (const node of nodes) counts.set(node.minor, (counts.get(node.minor) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([minor, count]) => `${count} node${count === 1 ? "" : "s"} at ${minorLabel(minor)}`)
    .join(", ");
}

export function planUpgrade(snapshot: SkewSnapshot, target: string): UpgradePlan {
  const targetMinor = minorIndexOf(target);
  const read = readSnapshot(snapshot);
  const low = oldest(read.apiservers);
  const high = newest(read.apiservers);
  const targetLabel = targetMinor === null ? target : minorLabel(targetMinor);
  if (targetMinor === null || !low || !high) {
    const why =
      targetMinor === null ? `"${target}" is not a Kubernetes version.` : "The apiserver's version could not be read.";
    return {
      current: low ? minorLabel(low.minor) : null,
      target: targetLabel,
      steps: [],
      next: null,
      unplannable: why,
    };
  }

  // A node is as old as the older of its kubelet and kube-proxy.
  const nodes = read.nodes.flatMap((node) => {
    const minors = [node.kubelet?.minor, node.kubeProxy?.minor].filter((m): m is number => m !== undefined);
    return minors.length > 0 ? [{ name: node.name, minor: Math.min(...minors) }] : [];
  });

  // The control plane is only as far as its oldest member: controllers lag the apiservers within a hop.
  const start = Math.min(low.minor, oldest(read.controllers)?.minor ?? low.minor);
  const steps: PlanStep[] = [];
  const nodesFirst: Prerequisite[] = [];
  let controlPlane = start;
  for (let hop = start + 1; hop <= targetMinor; hop += 1) {
    const tooOld = nodes.filter((node) => hop - node.minor > allowedNodeSkew(node.minor));
    if (tooOld.length > 0) {
      const why = `${groupByMinor(tooOld)} would be more than ${allowedNodeSkew(Math.max(...tooOld.map((n) => n.minor)))} minors behind ${minorLabel(hop)}`;
      steps.push({ kind: "nodes", to: minorLabel(controlPlane), nodes: tooOld.map((n) => n.name), why });
      if (steps.every((s) => s.kind === "nodes"))
        nodesFirst.push({ message: `${why}: upgrade them first.`, nodes: tooOld.map((n) => n.name) });
      for (const node of tooOld) node.minor = controlPlane;
    }
    steps.push({ kind: "control-plane-hop", from: minorLabel(hop - 1), to: minorLabel(hop) });
    controlPlane = hop;
  }
  // Workers may jump straight to the target once the control plane is there, never beyond it.
  const finalMinor = Math.min(targetMinor, controlPlane);
  const behind = nodes.filter((node) => node.minor < finalMinor);
  if (behind.length > 0) {
    steps.push({
      kind: "nodes",
      to: minorLabel(finalMinor),
      nodes: behind.map((n) => n.name),
      why: `${groupByMinor(behind)}; the control plane is at ${minorLabel(finalMinor)}`,
    });
  }

  const next = steps.find((step) => step.kind === "control-plane-hop") ?? steps[0];
  if (!next) return { current: minorLabel(start), target: targetLabel, steps, next: null, unplannable: null };
  return {
    current: minorLabel(start),
    target: targetLabel,
    steps,
    next: { step: next, prerequisites: next.kind === "control-plane-hop" ? nodesFirst : [] },
    unplannable: null,
  };
}

/** One plan step in words, for the UI and the command line alike. */
export function planStepText(step: PlanStep): string {
  return step.kind === "control-plane-hop"
    ? `Control plane ${step.from} → ${step.to}`
    : `${step.nodes.length} node${step.nodes.length === 1 ? "" : "s"} → ${step.to}`;
}
