import type { ClusterView } from "@/lib/fleet/types";
import { composeGate } from "@/lib/gate/compose";
import { planStepText } from "@/lib/skew/plan";

/** Exit codes for pipelines: 0 clean, 1 a rule broken or the gate blocked, 2 a cluster unreadable. */
export const EXIT = { clean: 0, blocked: 1, unreadable: 2 } as const;

/**
 * What decides a cluster's mark and the exit code: without --target, the skew policy alone (the
 * next hop is information); with --target, the gate of the hop towards it.
 */
export type Judged = "policy" | "gate";

function passes(view: Extract<ClusterView, { status: "ok" }>, judged: Judged): boolean {
  return judged === "policy" ? view.findings.length === 0 : composeGate(view.checks).open;
}

export function exitCodeOf(views: ClusterView[], judged: Judged): number {
  if (views.some((v) => v.status === "error")) return EXIT.unreadable;
  return views.every((v) => v.status === "ok" && passes(v, judged)) ? EXIT.clean : EXIT.blocked;
}

/** What a person reads in the pipeline log; the mark beside each cluster is what its exit code says. */
export function formatReport(views: ClusterView[], judged: Judged): string {
  const lines: string[] = [];
  for (const view of views) {
    if (view.status === "error") {
      lines.push(`✗ ${view.name}: could not be read (${view.fault.kind}): ${view.fault.message}`);
      continue;
    }
    const histogram = view.histogram.map((h) => `${h.version}×${h.count}`).join(", ");
    lines.push(
      `${passes(view, judged) ? "✓" : "✗"} ${view.name}: apiserver ${view.apiserverVersions.map((a) => a.version).join(" + ")}; ${view.nodeCount} nodes (${histogram})`,
    );
    for (const finding of view.findings)
      lines.push(`    violation [${finding.rule}] ${finding.message}\n      fix: ${finding.fix}`);
    const plan = view.plan;
    if (!plan) continue;
    const gate = composeGate(view.checks);
    const label = judged === "gate" ? `gate ${gate.open ? "OPEN" : "BLOCKED"}` : "information only (no --target)";
    if (plan.unplannable) lines.push(`    plan: ${plan.unplannable}`);
    else if (!plan.next) lines.push(`    plan: at ${plan.target}, nothing left to upgrade; ${label}`);
    else lines.push(`    next hop: ${planStepText(plan.next.step)}: ${label}`);
    for (const check of gate.checks.filter((c) => c.verdict !== "pass"))
      lines.push(`      ${check.verdict === "block" ? "-" : "!"} ${check.name}: ${check.sentence}`);
    if (plan.next) lines.push(`    plan to ${plan.target}: ${plan.steps.map(planStepText).join("; ")}`);
  }
  return lines.join("\n");
}

/** For tools: every cluster as the dashboard sees it, with the judgement that made the exit code. */
export function jsonReport(views: ClusterView[], judged: Judged) {
  return {
    judged,
    exitCode: exitCodeOf(views, judged),
    clusters: views.map((view) => ({ ...view, passes: view.status === "ok" && passes(view, judged) })),
  };
}
