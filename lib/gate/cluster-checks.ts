import { minorIndexOf, minorLabel, readSnapshot, oldest } from "@/lib/skew/rules";
import { planStepText } from "@/lib/skew/plan";
import type { SkewFinding, SkewSnapshot, UpgradePlan } from "@/lib/skew/types";
import { daysUntil, platformOf, SUPPORT_DATA_CHECKED, supportEndOf } from "@/lib/support/kubernetes-eol";
import { count } from "./compose";
import type { GateCheck, GateItem } from "./types";

/** What the cluster checks read: one cluster as the latest scan saw it, and its plan (null: no target). */
export type ClusterGateInput = {
  clusterHref: string;
  snapshot: SkewSnapshot;
  findings: SkewFinding[];
  nodes: { name: string; ready: boolean; cordoned: boolean; cloud?: string | null }[];
  plan: UpgradePlan | null;
  /** The calendar day the cluster was read (YYYY-MM-DD): support ends are judged against it. */
  today: string;
};

/** One node's findings (its kubelet and its kube-proxy) are one problem with parts; the control plane's each stand alone. */
export type SkewProblem = { subject: string; findings: SkewFinding[] };

export function skewProblems(findings: SkewFinding[]): SkewProblem[] {
  const problems = new Map<string, SkewProblem>();
  for (const finding of findings) {
    const key = finding.node ? `node ${finding.node}` : finding.subject;
    const problem = problems.get(key) ?? { subject: key, findings: [] };
    problem.findings.push(finding);
    problems.set(key, problem);
  }
  return [...problems.values()];
}

const NEWER_RULES = new Set(["kubelet-newer", "kube-proxy-newer"]);

/** The control-plane hop the plan takes next, if that is what comes next. */
function nextHop(plan: UpgradePlan | null) {
  const step = plan?.next?.step;
  return step?.kind === "control-plane-hop" ? step : null;
}

/**
 * The skew policy now. A node one hop ahead of its apiserver is what the next hop fixes, so it
 * warns instead of blocking that hop (the finding's advice says the same): blocking it would
 * leave the cluster stuck in the very state the hop repairs.
 */
export function skewPolicyCheck({ clusterHref, findings, plan }: ClusterGateInput): GateCheck {
  const hop = nextHop(plan);
  const hopMinor = hop ? minorIndexOf(hop.to) : null;
  const fixedByHop = (finding: SkewFinding) =>
    NEWER_RULES.has(finding.rule) && hopMinor !== null && (minorIndexOf(finding.version) ?? Infinity) <= hopMinor;
  const problems = skewProblems(findings);
  const items: GateItem[] = problems.map((problem) => ({
    label: problem.subject,
    href: clusterHref,
    detail: problem.findings.map((f) => f.message).join(" "),
  }));
  const base = { id: "skew-policy", name: "Version skew policy", items };
  const link = {
    href: "https://kubernetes.io/releases/version-skew-policy/",
    label: "Version skew policy",
  };
  if (problems.length === 0)
    return { ...base, verdict: "pass", sentence: "Every component is within the version skew policy.", link: null };
  const blockingProblems = problems.filter((problem) => !problem.findings.every(fixedByHop));
  if (blockingProblems.length === 0)
    return {
      ...base,
      verdict: "warn",
      sentence: `${count(problems.length, "node")} ahead of the apiserver; the next hop (${planStepText(hop!)}) brings the control plane up to ${problems.length === 1 ? "it" : "them"}.`,
      link,
    };
  return {
    ...base,
    verdict: "block",
    sentence: `${count(blockingProblems.length, "part")} of the cluster ${blockingProblems.length === 1 ? "is" : "are"} outside the version skew policy: ${blockingProblems.map((p) => p.subject).join(", ")}.`,
    link,
  };
}

/** No hop while the last one is half done: every apiserver and controller on one minor. */
export function controlPlaneSettledCheck({ clusterHref, snapshot }: ClusterGateInput): GateCheck {
  const read = readSnapshot(snapshot);
  const members = [...read.apiservers, ...read.controllers];
  const minors = [...new Set(members.map((m) => m.minor))].sort((a, b) => a - b);
  const base = { id: "control-plane-settled", name: "Control plane on one version", link: null };
  if (minors.length <= 1)
    return { ...base, verdict: "pass", sentence: "The control plane runs one minor version.", items: [] };
  const low = oldest(members)!;
  return {
    ...base,
    verdict: "block",
    sentence: `The control plane is mid-rollout (${minors.map(minorLabel).join(" and ")}): finish it before the next hop.`,
    items: members
      .filter((m) => m.minor === low.minor)
      .map((m) => ({ label: m.subject, href: clusterHref, detail: `still at ${m.version}` })),
  };
}

/** Nodes the next hop would leave more minors behind than the policy allows: they go first. */
export function nodesBeforeHopCheck({ clusterHref, plan }: ClusterGateInput): GateCheck {
  const prerequisites = plan?.next?.prerequisites ?? [];
  const base = { id: "nodes-before-hop", name: "Nodes ready for the hop", link: null };
  if (prerequisites.length === 0)
    return { ...base, verdict: "pass", sentence: "No node would fall too far behind the next hop.", items: [] };
  return {
    ...base,
    verdict: "block",
    sentence: prerequisites.map((p) => p.message).join(" "),
    items: prerequisites.flatMap((p) => p.nodes.map((node) => ({ label: node, href: clusterHref }))),
  };
}

/**
 * Every node Ready and schedulable before a control-plane hop. During a node rollout (the next
 * step is a node step) a cordoned or restarting node is the rollout itself: a warning.
 */
export function nodesReadyCheck({ clusterHref, nodes, plan }: ClusterGateInput): GateCheck {
  const unwell = nodes.filter((node) => !node.ready || node.cordoned);
  const base = { id: "nodes-ready", name: "Nodes Ready and schedulable", link: null };
  const items = unwell.map((node) => ({
    label: node.name,
    href: clusterHref,
    detail: [node.ready ? null : "NotReady", node.cordoned ? "cordoned" : null].filter(Boolean).join(", "),
  }));
  if (unwell.length === 0) return { ...base, verdict: "pass", sentence: "Every node is Ready and schedulable.", items };
  const rolloutInProgress = plan?.next?.step.kind === "nodes";
  return {
    ...base,
    verdict: rolloutInProgress ? "warn" : "block",
    sentence: rolloutInProgress
      ? `${count(unwell.length, "node")} cordoned or restarting: the node rollout in progress.`
      : `${count(unwell.length, "node")} NotReady or cordoned: bring ${unwell.length === 1 ? "it" : "them"} back before the next hop.`,
    items,
  };
}

/** Warn this long before support ends: about one campaign's length. */
const SUPPORT_WARNING_DAYS = 90;

/**
 * Whether the cluster's Kubernetes is still supported on its platform (upstream, or EKS/GKE/AKS's
 * own calendar), from the table shipped with the app. Past the end is a warning, never a block:
 * the campaign is how the team gets off it.
 */
export function supportWindowCheck({ snapshot, nodes, today }: ClusterGateInput): GateCheck {
  const minor = minorIndexOf(snapshot.serverVersion);
  const base = { id: "support-window", name: "Kubernetes version supported", items: [] };
  const end = minor === null ? null : supportEndOf(minorLabel(minor), platformOf(snapshot.serverVersion, nodes), today);
  if (minor === null || !end)
    return {
      ...base,
      verdict: "pass",
      link: null,
      sentence: `${snapshot.serverVersion} is not in the support table shipped with Stepwise (checked ${SUPPORT_DATA_CHECKED}).`,
    };
  const days = daysUntil(end.date, today);
  const what = `Kubernetes ${minorLabel(minor)} (${end.kind})`;
  return {
    ...base,
    link: { href: end.sources[0]!, label: "Support calendar" },
    verdict: days < 0 ? "warn" : days <= SUPPORT_WARNING_DAYS ? "warn" : "pass",
    sentence:
      days < 0
        ? `${what} ended ${end.date}, ${-days} days ago: no more fixes.`
        : `${what} ends ${end.date}, in ${days} days.`,
  };
}

/** The checks of one cluster's next step, in the order they are shown. */
export const CLUSTER_CHECKS = [
  skewPolicyCheck,
  controlPlaneSettledCheck,
  nodesBeforeHopCheck,
  nodesReadyCheck,
  supportWindowCheck,
];

export function clusterChecks(input: ClusterGateInput): GateCheck[] {
  return CLUSTER_CHECKS.map((check) => check(input));
}
