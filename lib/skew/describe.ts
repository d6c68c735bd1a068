import type { PlanStep } from "./types";

/** One plan step in words, for the UI and the command line alike. */
export function describeStepText(step: PlanStep): string {
  return step.kind === "control-plane-hop" ? `Control plane ${step.from} → ${step.to}` : `${step.nodes.length} node${step.nodes.length === 1 ? "" : "s"} → ${step.to}`;
}
