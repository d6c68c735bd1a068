import type { ClusterView } from "@/lib/fleet/types";
import { planStepText } from "@/lib/skew/plan";

/** Exit codes for pipelines: 0 clean, 1 a rule broken or the gate blocked, 2 a cluster unreadable. */
export const EXIT = { clean: 0, blocked: 1, unreadable: 2 } as const;

export function exitCodeOf(views: ClusterView[]): number {
  if (views.some((v) => v.status === "error")) return EXIT.unreadable;
  const blocked = views.some(
    (v) => v.status === "ok" && (v.findings.length > 0 || (v.plan?.next && !v.plan.next.gate.open)),
  );
  return blocked ? EXIT.blocked : EXIT.clean;
}

/** What a person reads in the pipeline log. */
export function formatReport(views: ClusterView[]): string {
  const lines: string[] = [];
  for (const view of views) {
    if (view.status === "error") {
      lines.push(`✗ ${view.name}: could not be read (${view.fault.kind}): ${view.fault.message}`);
      continue;
    }
    const histogram = view.histogram.map((h) => `${h.version}×${h.count}`).join(", ");
    lines.push(
      `${view.findings.length === 0 ? "✓" : "✗"} ${view.name}: apiserver ${view.serverVersion}; ${view.nodeCount} nodes (${histogram})`,
    );
    for (const finding of view.findings)
      lines.push(`    violation [${finding.rule}] ${finding.message}\n      fix: ${finding.fix}`);
    const plan = view.plan;
    if (!plan) continue;
    if (plan.unplannable) lines.push(`    plan: ${plan.unplannable}`);
    else if (!plan.next) lines.push(`    plan: at ${plan.target}, nothing left to upgrade`);
    else {
      const { step, gate } = plan.next;
      lines.push(`    next hop: ${planStepText(step)}: gate ${gate.open ? "OPEN" : "BLOCKED"}`);
      if (!gate.open) for (const reason of gate.reasons) lines.push(`      - ${reason.message}`);
      lines.push(`    plan to ${plan.target}: ${plan.steps.map(planStepText).join("; ")}`);
    }
  }
  return lines.join("\n");
}
