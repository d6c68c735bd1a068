import { clusterRemovedApis, type LiveFinding } from "@/lib/apis/live";
import type { RemovedApi } from "@/lib/apis/catalog";
import { removedBy, replacementOf } from "@/lib/apis/judge";
import type { ApiUsage, Preflight } from "@/lib/kube/types";
import { PREFLIGHT_CHECKS } from "./preflight-checks";
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
  /** What discovery read of removed-API usage; null when discovery is off. */
  apiUsage?: ApiUsage | null;
  /** The add-on removals the campaign's component upgrades cross (External Secrets 0.10 -> 0.19: v1beta1). */
  addonRemovals?: RemovedApi[];
  /** The campaign's starting version: objects still written through what a hop since then removed are named. */
  since?: string;
  /** What the next hop's drains run into; null when discovery is off. */
  preflight?: Preflight | null;
  /** The end of the maintenance window of this cluster's environment, when set. */
  windowEnd?: Date | null;
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

/** Helm's own page on a release whose manifest holds an API the cluster no longer serves (checked 2026-11-27). */
const HELM_REMOVED_APIS_GUIDE = "https://helm.sh/docs/topics/kubernetes_apis/";

function removedApiItem(clusterHref: string, finding: LiveFinding): GateItem {
  const href = `${clusterHref}#removed-apis`;
  const gone = `removed in ${removedBy(finding.removal)}; use ${replacementOf(finding.removal)}`;
  if (finding.kind === "object" || finding.kind === "unserved") {
    const { use } = finding;
    const by =
      use.evidence === "managedFields"
        ? `last written by ${use.manager}`
        : "per kubectl's last-applied annotation only";
    const what =
      finding.kind === "object"
        ? `${use.apiVersion}, ${gone}`
        : `${use.apiVersion}, no longer served here (${gone}): the next apply of the same manifest is refused`;
    return {
      label: `${use.kind} ${use.namespace ? `${use.namespace}/` : ""}${use.name}`,
      href,
      detail: `${what}; ${by}${use.owner ? `; team ${use.owner}` : ""}`,
    };
  }
  if (finding.kind === "stored")
    return {
      label: `CRD ${finding.crd}`,
      href,
      detail: `still stores ${finding.version}, ${gone}: migrate the stored objects and trim status.storedVersions first`,
    };
  const { request } = finding;
  return {
    label: `Requests to ${request.group ? `${request.group}/` : ""}${request.version} ${request.resource}`,
    href,
    detail: `counted by this apiserver since it started; ${gone}`,
  };
}

/**
 * Will anything break on the way? Objects whose last writer used a version the way ahead removes
 * (a Kubernetes hop up to the target, or an add-on upgrade of the campaign), and add-on CRDs still
 * storing such a version, block; the apiserver's own count of deprecated requests warns (it names
 * clients, not objects, and covers the one apiserver replica that answered). After a hop, objects
 * still last written through what it removed warn: the hop is done, but the next `helm upgrade`
 * of that release fails until its manifest is mapped to the replacement.
 */
export function removedApisCheck({
  clusterHref,
  snapshot,
  plan,
  apiUsage,
  addonRemovals = [],
  since,
}: ClusterGateInput): GateCheck {
  const base = {
    id: "removed-apis",
    name: "No removed APIs on the way",
    link: { href: `${clusterHref}#removed-apis`, label: "Removed APIs" },
  };
  if (!plan) return { ...base, verdict: "pass", sentence: "No target to judge against.", items: [] };
  if (!apiUsage)
    return {
      ...base,
      verdict: "warn",
      sentence:
        "Not read: discovery is off (STEPWISE_DISCOVERY), so objects written through removed versions are not known.",
      items: [],
    };
  const { ahead, findings } = clusterRemovedApis(snapshot.serverVersion, plan.target, apiUsage, addonRemovals, since);
  const items = findings.map((finding) => removedApiItem(clusterHref, finding));
  const unserved = findings.filter((finding) => finding.kind === "unserved").length;
  const objects = findings.filter((finding) => finding.kind === "object").length;
  const stored = findings.filter((finding) => finding.kind === "stored").length;
  const metricsNote =
    apiUsage.requested.state === "forbidden"
      ? " The apiserver's /metrics was refused (managed control planes usually refuse it): clients calling removed versions are not counted."
      : "";
  if (objects + stored > 0) {
    const what = [
      objects > 0 && `${count(objects, "object")} written through`,
      stored > 0 && `${count(stored, "CRD")} still storing`,
    ]
      .filter(Boolean)
      .join(" and ");
    return {
      ...base,
      verdict: "block",
      sentence: `${what} a version the way to ${plan.target} removes.${metricsNote}`,
      items,
    };
  }
  if (unserved > 0)
    return {
      ...base,
      link: { href: HELM_REMOVED_APIS_GUIDE, label: "Helm: mapping a release's removed APIs" },
      verdict: "warn",
      sentence: `${count(unserved, "object")} still last written through a version this cluster no longer serves: the next apply of the same manifest (a helm upgrade, a sync) is refused until it uses the replacement.${metricsNote}`,
      items,
    };
  if (findings.length > 0)
    return {
      ...base,
      verdict: "warn",
      sentence: `This apiserver counted requests to versions the way to ${plan.target} removes: find the clients before the hop.${metricsNote}`,
      items,
    };
  return {
    ...base,
    verdict: "pass",
    sentence: `Nothing written through a version removed on the way to ${plan.target} (${ahead.length} removal${ahead.length === 1 ? "" : "s"} checked).${metricsNote}`,
    items,
  };
}

/** The checks of one cluster's next step, in the order they are shown. */
export const CLUSTER_CHECKS = [
  skewPolicyCheck,
  controlPlaneSettledCheck,
  nodesBeforeHopCheck,
  nodesReadyCheck,
  supportWindowCheck,
  removedApisCheck,
];

export function clusterChecks(input: ClusterGateInput): GateCheck[] {
  const preflight = { ...input, preflight: input.preflight ?? null };
  return [
    ...CLUSTER_CHECKS.map((check) => check(input)),
    ...PREFLIGHT_CHECKS.flatMap((check) => check(preflight) ?? []),
  ];
}
